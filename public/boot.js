// Starts the app once the prerendered page has been painted: the text a reader
// came for never waits for JavaScript. The language catalog and the app's
// script are then fetched in parallel. (External file: the CSP allows no inline script.)
(function () {
  var script = document.currentScript;
  var main = script.getAttribute('data-main');
  var catalog = script.getAttribute('data-catalog');
  function start() {
    if (catalog) {
      var preload = document.createElement('link');
      preload.rel = 'modulepreload';
      preload.crossOrigin = '';
      preload.href = catalog;
      document.head.appendChild(preload);
    }
    var module = document.createElement('script');
    module.type = 'module';
    module.crossOrigin = '';
    module.src = main;
    document.head.appendChild(module);
  }
  requestAnimationFrame(function () {
    setTimeout(start, 0);
  });
})();
