// search.js: the archive's search, run in the reader's browser.
//
// The index is built with the site (generator/search explains its files):
// a small manifest, shards of the term dictionary, and one file per
// document with its paragraphs. A query fetches the manifest, the shards
// its words fall in and the files of the documents it shows, and nothing
// else. Words are folded (case and accents), stop words dropped and the
// rest stemmed exactly as the index was: the tables below are copies of
// generator/search's, and generator/search/js_test.go checks in Chromium
// that the two agree.
(function () {
  "use strict";

  // ---- Words: fold.go, tokens.go, stopwords.go, stem.go

  const LATIN = {
    "a": "àáâãäåāăąǎǟǡǻȁȃȧ", "ae": "æǣǽ", "b": "ƀɓ", "c": "çćĉċčƈ", "d": "ďđðɗ",
    "e": "èéêëēĕėęěȅȇȩ", "f": "ƒ", "g": "ĝğġģǥǧǵ", "h": "ĥħȟ", "i": "ìíîïĩīĭįıǐȉȋ",
    "ij": "ĳ", "j": "ĵǰ", "k": "ķĸƙǩ", "l": "ĺļľŀłƚ", "n": "ñńņňŉŋǹ",
    "o": "òóôõöøōŏőơǒǫǭǿȍȏȫȭȯȱ", "oe": "œ", "r": "ŕŗřȑȓ", "s": "śŝşšșſ",
    "ss": "ß", "t": "ţťŧț", "th": "þ", "u": "ùúûüũūŭůűųưǔǖǘǚǜȕȗ", "w": "ŵ",
    "y": "ýÿŷȳ", "z": "źżžƶȥ", "dz": "ǆǳ", "lj": "ǉ", "nj": "ǌ", "ff": "ﬀ",
    "fi": "ﬁ", "fl": "ﬂ", "ffi": "ﬃ", "ffl": "ﬄ", "st": "ﬅﬆ",
    "σ": "ς",
  };
  const MAX_WORD = 40;
  const STOP = {
    en: "a an and are as at be been but by for from had has have he her his i if in into is it its " +
      "of on or our she so than that the their them then there these they this those to us was we were " +
      "which who will with you your",
    fr: "a ai au aux avec c ce ces cet cette d dans de des du elle elles en est et eux il ils j je l la " +
      "le les leur leurs lui m ma mais me mes moi mon n ne nos notre nous on ou par pas pour qu que qui s " +
      "sa se ses son sont sur t ta te tes toi ton tu un une vos votre vous y",
  };
  // Rules: [suffix, replacement, letters that must remain, needs a vowel, repeat].
  const STEMMERS = {
    en: {
      minWord: 3,
      steps: [
        [["ations", "", 3, false, false], ["ements", "", 4, false, false], ["nesses", "", 3, false, false],
          ["ation", "", 3, false, false], ["ating", "", 3, false, false], ["ement", "", 4, false, false],
          ["ated", "", 3, false, false], ["ates", "", 3, false, false], ["ings", "", 3, true, false],
          ["ness", "", 3, false, false], ["sses", "ss", 1, false, false], ["ate", "", 3, false, false],
          ["ies", "i", 2, false, false], ["ied", "i", 2, false, false], ["ing", "", 3, true, false],
          ["ed", "", 3, true, false], ["ss", "ss", 0, false, false], ["us", "us", 0, false, false],
          ["is", "is", 0, false, false], ["s", "", 2, false, false]],
        [["e", "", 3, false, true]],
        [["y", "i", 2, false, false]],
      ],
      undouble: "bcdfghjkmnpqrtvwx",
      pending: ["ations", "ements", "nesses", "ating", "ated", "ates", "ings", "ies", "ied", "ed", "es"],
    },
    fr: {
      minWord: 4,
      steps: [
        [["eaux", "eau", 1, false, false], ["aux", "al", 2, false, false], ["s", "", 3, false, false], ["x", "", 3, false, false]],
        [["r", "", 3, false, false]],
        [["e", "", 3, false, true]],
        [["ement", "", 3, false, false], ["ation", "", 3, false, false]],
      ],
      undouble: "bcdfgklmnprst",
      pending: ["ements", "ations", "ees", "ers", "es"],
    },
  };

  const foldTable = new Map();
  for (const [plain, letters] of Object.entries(LATIN)) {
    for (const ch of letters) foldTable.set(ch, plain);
  }
  const stopSets = {};
  for (const [lang, words] of Object.entries(STOP)) stopSets[lang] = new Set(words.split(" "));
  const isWordChar = (ch) => /[\p{L}\p{Nd}\p{M}]/u.test(ch);
  const isLetterOrDigit = (ch) => /[\p{L}\p{Nd}]/u.test(ch);

  // foldChar is fold.go's foldRune, for one code point.
  function foldChar(ch) {
    const c = ch.codePointAt(0);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return ch;
      if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
      return "";
    }
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
      return foldChar(String.fromCodePoint(c - 0xfee0));
    }
    let out = "";
    // Lowering may give more than one code point (İ gives i and a combining
    // dot, which is dropped as Go's unicode.ToLower never makes it).
    for (const l of ch.toLowerCase()) {
      const plain = foldTable.get(l);
      if (plain !== undefined) out += plain;
      else if (isLetterOrDigit(l)) out += l;
    }
    return out;
  }

  function fold(s) {
    let out = "";
    for (const ch of s) out += foldChar(ch);
    return out;
  }

  // words returns the words of text, folded, with where each stands in
  // text (UTF-16 offsets), as tokens.go's Words splits them.
  function words(text) {
    const out = [];
    let start = -1;
    let i = 0;
    const emit = (end) => {
      const w = fold(text.slice(start, end));
      if (w !== "" && [...w].length <= MAX_WORD) out.push({ word: w, start, end });
      start = -1;
    };
    for (const ch of text) {
      if (isWordChar(ch)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        emit(i);
      }
      i += ch.length;
    }
    if (start >= 0) emit(i);
    return out;
  }

  function applyStep(step, w) {
    for (const [suffix, repl, minStem, vowel, repeat] of step) {
      if (!w.endsWith(suffix)) continue;
      const stem = w.slice(0, w.length - suffix.length);
      if (stem.length < minStem || (vowel && !/[aeiouy]/.test(stem))) continue;
      if (repeat && repl === "") return applyStep(step, stem);
      return stem + repl;
    }
    return w;
  }

  function stem(lang, w) {
    const s = STEMMERS[lang];
    if (!s || w.length < s.minWord || !/^[a-z]+$/.test(w)) return w;
    for (const step of s.steps) w = applyStep(step, w);
    const n = w.length;
    if (n >= 4 && w[n - 1] === w[n - 2] && s.undouble.includes(w[n - 1])) w = w.slice(0, -1);
    return w;
  }

  function isStop(lang, w) {
    return stopSets[lang] !== undefined && stopSets[lang].has(w);
  }

  function terms(lang, text) {
    return words(text).filter((w) => !isStop(lang, w.word)).map((w) => stem(lang, w.word));
  }

  // matchesTyped is stem.go's: does the index term t match the word the
  // reader is still typing?
  function matchesTyped(lang, typed, t) {
    if (t.startsWith(stem(lang, typed))) return true;
    if (!typed.startsWith(t) || [...t].length < 3 || typed.length === t.length) return false;
    const rest = typed.slice(t.length);
    const s = STEMMERS[lang];
    return s !== undefined && s.pending.some((p) => p.startsWith(rest));
  }

  // ---- Queries

  // parseQuery turns what the reader typed into terms: {stem, typed}, where
  // typed is set on the last word while it is being typed (no space after
  // it) and is then matched as a prefix. Stop words are dropped, but the
  // word being typed, which may begin another.
  function parseQuery(lang, q) {
    const ws = words(q);
    const open = ws.length > 0 && ws[ws.length - 1].end === q.length;
    const out = [];
    const seen = new Set();
    ws.forEach((w, i) => {
      const typing = open && i === ws.length - 1 && [...w.word].length >= 2;
      if (!typing && isStop(lang, w.word)) return;
      const term = { stem: stem(lang, w.word), typed: typing ? w.word : null };
      const key = term.stem + "\u0000" + term.typed;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(term);
      }
    });
    return out;
  }

  // cmp orders strings by code point, as Go orders the index's terms.
  function cmp(a, b) {
    const x = [...a];
    const y = [...b];
    for (let i = 0; i < x.length && i < y.length; i++) {
      const d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d !== 0) return d;
    }
    return x.length - y.length;
  }

  // shardOf is the shard whose range holds t: the last that starts at or
  // before it.
  function shardOf(firsts, t) {
    let lo = 0;
    let hi = firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cmp(firsts[mid], t) <= 0) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  // shardsFor lists the shards a term needs: its stem's, every shard that
  // may hold a word beginning with a typed stem, and the shards of the
  // shorter stems a typed word may be halfway past (see matchesTyped).
  function shardsFor(firsts, term) {
    let i = shardOf(firsts, term.stem);
    const need = new Set([i]);
    if (term.typed !== null) {
      while (i + 1 < firsts.length && firsts[i + 1].startsWith(term.stem)) need.add(++i);
      for (let n = 3; n < term.typed.length; n++) need.add(shardOf(firsts, term.typed.slice(0, n)));
    }
    return need;
  }

  const ENTRY = 1048576; // 2^20: a document's entries are numbered below it (analysis.go)

  // decode adds a posting list's (document, entry) pairs to set, as
  // numbers document*ENTRY+entry.
  function decode(list, set) {
    let doc = -1;
    for (const v of list) {
      if (v < 0) doc -= v;
      else set.add(doc * ENTRY + v);
    }
  }

  class Index {
    constructor(base) {
      this.base = base;
      this.files = new Map();
      this.manifest = this.fetch("manifest.json", { cache: "no-cache" });
    }

    async fetch(name, init) {
      let p = this.files.get(name);
      if (p === undefined) {
        p = (async () => {
          let url = this.base + name;
          if (name !== "manifest.json") url += "?v=" + (await this.manifest).v;
          const r = await fetch(url, init);
          if (!r.ok) throw new Error(url + ": " + r.status);
          return r.json();
        })();
        this.files.set(name, p);
        p.catch(() => this.files.delete(name));
      }
      return p;
    }

    // match finds the entries that hold every term. Each hit says how many
    // terms it matches exactly (not only as a prefix) and how many are in
    // its document's title or summary (entry 0).
    async match(lang, query) {
      const m = await this.manifest;
      const sets = [];
      for (const term of query) {
        const shards = await Promise.all([...shardsFor(m.s, term)].map((i) => this.fetch("t" + i + ".json")));
        const all = new Set();
        const exact = new Set();
        for (const shard of shards) {
          if (Object.hasOwn(shard, term.stem)) decode(shard[term.stem], exact);
          if (term.typed === null) continue;
          for (const [t, list] of Object.entries(shard)) {
            if (matchesTyped(lang, term.typed, t)) decode(list, all);
          }
        }
        for (const k of exact) all.add(k);
        sets.push({ all, exact });
      }
      if (sets.length === 0) return [];
      const smallest = sets.reduce((a, b) => (b.all.size < a.all.size ? b : a));
      const hits = [];
      for (const k of smallest.all) {
        if (!sets.every((s) => s.all.has(k))) continue;
        const title = k - (k % ENTRY);
        hits.push({
          key: k,
          exact: sets.filter((s) => s.exact.has(k)).length,
          title: sets.filter((s) => s.all.has(title)).length,
        });
      }
      hits.sort((a, b) => b.exact - a.exact || b.title - a.title || a.key - b.key);
      return hits;
    }

    // entry returns a hit's document and entry: {title, url, anchor, text}.
    async entry(key) {
      const doc = Math.floor(key / ENTRY);
      const n = key % ENTRY;
      const d = await this.fetch("d" + doc + ".json");
      if (n === 0) return { title: d.t, url: d.u, anchor: "", text: d.s || "" };
      const [anchor, text] = d.e[n - 1];
      return { title: d.t, url: d.u, anchor, text };
    }
  }

  // ---- The page

  const PAGE = 10; // results shown at a time
  const SNIPPET = 280; // longer paragraphs are cut around the first match

  // marks appends text to el with the words that match the query in <mark>,
  // as DOM nodes: the text is never parsed as HTML.
  function marks(el, lang, query, text) {
    let at = 0;
    for (const w of words(text)) {
      if (isStop(lang, w.word)) continue;
      const s = stem(lang, w.word);
      const hit = query.some((q) => s === q.stem || (q.typed !== null && matchesTyped(lang, q.typed, s)));
      if (!hit) continue;
      el.append(text.slice(at, w.start));
      const m = document.createElement("mark");
      m.textContent = text.slice(w.start, w.end);
      el.append(m);
      at = w.end;
    }
    el.append(text.slice(at));
  }

  // snippet cuts a long text around its first match, at spaces.
  function snippet(lang, query, text) {
    if (text.length <= SNIPPET) return text;
    const first = words(text).find((w) => !isStop(lang, w.word) &&
      query.some((q) => stem(lang, w.word) === q.stem || (q.typed !== null && matchesTyped(lang, q.typed, stem(lang, w.word)))));
    let from = Math.max(0, (first ? first.start : 0) - 80);
    let to = Math.min(text.length, from + SNIPPET);
    if (from > 0) from = text.indexOf(" ", from) + 1;
    if (to < text.length) to = Math.max(text.lastIndexOf(" ", to), from + 1);
    return (from > 0 ? "… " : "") + text.slice(from, to) + (to < text.length ? " …" : "");
  }

  function label(anchor) {
    const m = /^p(\d+)((?:-[a-z]+)*)$/.exec(anchor);
    return m ? "¶ " + m[1] + m[2].replaceAll("-", " ") : "";
  }

  function Search(form) {
    this.form = form;
    this.lang = form.dataset.lang;
    this.home = form.dataset.home;
    this.index = null;
    this.input = form.querySelector("input");
    this.status = document.getElementById("search-status");
    this.list = document.getElementById("search-results");
    this.seq = 0;
    this.timer = 0;
  }

  Search.prototype.msg = function (name, n) {
    return (this.form.dataset["msg" + name[0].toUpperCase() + name.slice(1)] || "").replace("%d", n);
  };

  // run searches for q and returns the hits with the parsed query; the
  // page and the tests call it.
  Search.prototype.run = async function (q) {
    if (this.index === null) this.index = new Index(this.form.dataset.index);
    const query = parseQuery(this.lang, q);
    return { query, hits: query.length === 0 ? [] : await this.index.match(this.lang, query) };
  };

  Search.prototype.update = async function (q) {
    const seq = ++this.seq;
    history.replaceState(null, "", q === "" ? location.pathname : "?q=" + encodeURIComponent(q));
    if (fold(q).length < 2) {
      this.list.replaceChildren();
      this.moreButton(null, [], 0);
      this.status.textContent = q.trim() === "" ? "" : this.msg("short");
      return;
    }
    try {
      const { query, hits } = await this.run(q);
      const items = await this.items(query, hits.slice(0, PAGE));
      if (seq !== this.seq) return; // a later query is on its way
      this.list.replaceChildren(...items);
      this.moreButton(query, hits, PAGE);
      this.status.textContent = hits.length === 0 ? this.msg("none") : hits.length === 1 ? this.msg("one") : this.msg("many", hits.length);
    } catch (e) {
      if (seq !== this.seq) return;
      this.index = null; // fetch it again next time
      this.list.replaceChildren();
      this.moreButton(null, [], 0);
      this.status.textContent = this.msg("error");
    }
  };

  Search.prototype.items = async function (query, hits) {
    const entries = await Promise.all(hits.map((h) => this.index.entry(h.key)));
    return entries.map((e) => this.item(query, e));
  };

  // moreButton puts after the list a button that shows the hits from
  // "from" on, and moves the focus to the first of them.
  Search.prototype.moreButton = function (query, hits, from) {
    this.list.parentNode.querySelector(".search-more")?.remove();
    if (from >= hits.length) return;
    const p = document.createElement("p");
    p.className = "search-more";
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = this.msg("more");
    b.addEventListener("click", async () => {
      const seq = this.seq;
      const items = await this.items(query, hits.slice(from, from + PAGE));
      if (seq !== this.seq) return;
      this.list.append(...items);
      this.moreButton(query, hits, from + PAGE);
      items[0].querySelector("a").focus();
    });
    p.append(b);
    this.list.after(p);
  };

  Search.prototype.item = function (query, e) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = this.home + e.url + (e.anchor === "" ? "" : "#" + e.anchor);
    const title = document.createElement("span");
    title.className = "search-title";
    marks(title, this.lang, query, e.title);
    a.append(title);
    const where = label(e.anchor);
    if (where !== "") {
      const span = document.createElement("span");
      span.className = "search-where";
      span.textContent = where;
      a.append(" ", span);
    }
    li.append(a);
    if (e.text !== "") {
      const p = document.createElement("p");
      marks(p, this.lang, query, snippet(this.lang, query, e.text));
      li.append(p);
    }
    return li;
  };

  Search.prototype.start = function () {
    this.form.hidden = false;
    this.form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      clearTimeout(this.timer);
      this.update(this.input.value);
    });
    this.input.addEventListener("input", () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.update(this.input.value), 150);
    });
    const q = new URLSearchParams(location.search).get("q");
    if (q) {
      this.input.value = q;
      this.update(q);
    }
  };

  const form = document.querySelector("form.search-form[data-index]");
  const page = form ? new Search(form) : null;
  if (page) page.start();

  // For the tests that hold this file to generator/search, and for readers
  // curious about what a query becomes.
  window.ConcordSearch = {
    fold, words, stem, terms, matchesTyped, parseQuery, shardOf, shardsFor,
    tables: { latin: LATIN, maxWord: MAX_WORD, stop: STOP, stemmers: STEMMERS },
    run: page ? (q) => page.run(q) : null,
  };
})();
