// html-validate configuration for the built archive: the recommended rules,
// run by the Go test internal/sitetest TestHTMLValid over every output page
// (node tools/node_modules/html-validate/bin/html-validate.mjs --config
// tools/htmlvalidate.cjs public/**/*.html does the same by hand).
module.exports = {
  extends: ["html-validate:recommended"],
  rules: {
    // A page's <title> is the document's own title, then the site's name:
    // "Mechelen Declaration on Cities and Migration · Cities and Migration
    // Archive". Declaration titles are long and are what a reader
    // bookmarks and a search engine shows; cutting them at 70 characters,
    // a search-result display limit rather than a validity or
    // accessibility rule, would lose the words that tell them apart.
    "long-title": "off",
  },
};
