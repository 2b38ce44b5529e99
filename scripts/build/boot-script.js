// Starts the app once the prerendered page has shown its content: the text a
// reader came for never waits for JavaScript, and the app's script and what
// the page needs with it (its language catalog; on the home page, its tools)
// are fetched in parallel only after the first paint.
// Inlined into every page by prerender.ts (comment lines dropped), allowed by
// its hash in the CSP: a separate file would cost a request before the
// largest paint.
(function () {
  var script = document.currentScript;
  var main = script.getAttribute('data-main');
  var preloads = (script.getAttribute('data-preload') || '').split(' ');
  var started = false;
  function start() {
    if (started) return;
    started = true;
    for (var i = 0; i < preloads.length; i += 1) {
      if (!preloads[i]) continue;
      var preload = document.createElement('link');
      // Scripts as modules; a page catalog (JSON) as the fetch the app will make for it.
      if (/\.json$/.test(preloads[i])) {
        preload.rel = 'preload';
        preload.as = 'fetch';
      } else {
        preload.rel = 'modulepreload';
      }
      preload.crossOrigin = '';
      preload.href = preloads[i];
      document.head.appendChild(preload);
    }
    var module = document.createElement('script');
    module.type = 'module';
    module.crossOrigin = '';
    module.src = main;
    document.head.appendChild(module);
  }
  function afterPaint() {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
  // A tab opened in the background paints nothing until shown: start it anyway.
  if (document.visibilityState === 'hidden' || typeof PerformanceObserver === 'undefined') {
    afterPaint();
    return;
  }
  try {
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        afterPaint();
      }
    }).observe({ type: 'paint', buffered: true });
  } catch {
    afterPaint();
  }
  // Whatever happens to paint timing, the page becomes interactive.
  setTimeout(start, 1500);
})();
