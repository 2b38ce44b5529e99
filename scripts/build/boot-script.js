// Starts the app once the prerendered page has shown its content: the text a
// reader came for never waits for JavaScript, and the app's script and what
// the page needs with it (its language catalog; on the home page, its tools)
// are fetched in parallel only after the first paint.
// Inlined into every page by prerender.ts (comment lines dropped), allowed by
// its hash in the CSP: a separate file would cost a request before the
// largest paint.
(function () {
  var script = document.currentScript;
  var main = script.dataset.main;
  var preloads = (script.dataset.preload || '').split(' ');
  var started = false;
  // Every property is set before the element is added: that is when its fetch starts.
  function add(name, properties, more) {
    document.head.appendChild(Object.assign(document.createElement(name), properties, more));
  }
  function start() {
    if (started) return;
    started = true;
    for (var i = 0; i < preloads.length; i += 1) {
      if (!preloads[i]) continue;
      // Scripts as modules; a page catalog (JSON) as the fetch the app will make for it.
      add('link', { crossOrigin: '', href: preloads[i] }, /\.json$/.test(preloads[i]) ? { rel: 'preload', as: 'fetch' } : { rel: 'modulepreload' });
    }
    add('script', { type: 'module', crossOrigin: '', src: main });
  }
  function afterPaint() {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
  // A tab opened in the background paints nothing until shown: start it anyway.
  if (document.visibilityState === 'hidden') {
    afterPaint();
    return;
  }
  // A browser without PerformanceObserver throws here and starts it in the catch.
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
