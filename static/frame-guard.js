// Refuses to show the app inside another page's frame, except its embed pages (embed/…), which
// exist to be framed. A framed app could be dressed up by the framing site to make a reader
// press "Delete from this device…" or trust text it did not show. The Content-Security-Policy
// header's frame-ancestors says the same to browsers (docs/hosting.md), but a host that can set
// no headers (GitHub Pages) has only this. Runs in <head>, before anything is shown; start.js
// does not start the app on a refused page.
(function () {
  if (window.top === window.self) return;
  if (location.pathname.indexOf(new URL("embed/", document.baseURI).pathname) === 0) return;
  document.documentElement.setAttribute("data-framed", "");
  document.addEventListener("DOMContentLoaded", function () {
    var note = document.createElement("main");
    note.className = "framed-refusal";
    var text = document.createElement("p");
    text.textContent = "Treaty Reader does not open inside another site's page. ";
    var link = document.createElement("a");
    link.href = location.href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.textContent = "Open it in its own tab";
    text.appendChild(link);
    note.appendChild(text);
    document.body.replaceChildren(note);
  });
})();
