// Applies the saved theme before the first paint, so a dark-theme reader never sees a white
// flash; an iframe embed (embed/…) takes the one its address asks for (?theme=light|dark|auto).
// A file rather than an inline script, so that the page's Content-Security-Policy can forbid
// inline script altogether (docs/hosting.md). Loaded synchronously in <head>, before the styles.
(function () {
  var theme = "auto";
  try {
    theme = JSON.parse(localStorage.getItem("treaty-reader-theme") || '"auto"');
  } catch (e) {}
  if (location.pathname.indexOf(new URL("embed/", document.baseURI).pathname) === 0) {
    var asked = new URLSearchParams(location.search).get("theme");
    theme = asked === "light" || asked === "dark" ? asked : "auto";
  }
  // Also tells the style sheet that script runs (see reader.css).
  document.documentElement.setAttribute("data-theme", theme);
})();
