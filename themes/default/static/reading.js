// Concord's reading aid, the theme's only script for reading: it makes the
// language switcher land on the paragraph the reader is at.
//
// Paragraph anchors are the same in every language (#p11 in English is #p11
// in French), but the switcher's links, written at build time, cannot know
// which one the reader followed. This copies the page's #fragment onto
// them when the page loads and whenever the fragment changes. Without
// JavaScript the links still work: they lead to the top of the page.
(function () {
  "use strict";
  var anchor = /^#[A-Za-z][A-Za-z0-9_-]*$/;

  function carryFragment() {
    var hash = anchor.test(location.hash) ? location.hash : "";
    var links = document.querySelectorAll(".lang-switch a[hreflang]");
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      if (!link.hasAttribute("data-page")) {
        link.setAttribute("data-page", link.getAttribute("href"));
      }
      link.setAttribute("href", link.getAttribute("data-page") + hash);
    }
  }

  carryFragment();
  window.addEventListener("hashchange", carryFragment);
})();
