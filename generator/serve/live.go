package serve

// liveScript reloads the page after a rebuild, keeping the scroll position,
// and shows build errors in an overlay until they are fixed.
const liveScript = `(function () {
  "use strict";
  var key = "concord-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.scrollTo(0, parseInt(saved, 10) || 0);
  }
  var overlay = null;
  function showErrors(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "concord-errors";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
        "background:#2b0b0b;color:#ffe9e9;font:13px/1.5 ui-monospace,monospace;padding:12px 16px;white-space:pre-wrap;border-top:4px solid #e5484d";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "Concord: the last change has errors; showing the last good build.\n\n" + text;
  }
  var source = new EventSource("` + eventsPath + `");
  source.addEventListener("reload", function () {
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  });
  source.addEventListener("errors", function (e) { showErrors(e.data); });
})();
`
