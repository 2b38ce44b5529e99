// Inlined into the page at "/" only (prerender.ts), first in its head, allowed by its hash in the CSP.
// A host that answers every unknown address with /index.html (nginx `try_files $uri /index.html`) sends
// this page for a shared step link. That page's own file is one name away (page-files.ts writes
// "<step>.html" and "<overview>/index.html"): ask for it at once, before anything is painted. The app
// shows the address as shared again (main.tsx drops the file name). An address that has no such file
// comes back here ending in ".html" and stays: the app shows its not-found page.
(function () {
  var base = document.currentScript.getAttribute('data-base');
  var path = location.pathname;
  if (path === base || path.indexOf(base) !== 0 || /\.html$/.test(path)) return;
  location.replace(path + (path.charAt(path.length - 1) === '/' ? 'index.html' : '.html') + location.search + location.hash);
})();
