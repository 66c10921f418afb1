// Starts the ECL components that need script (menu, site header). Pages work without it: until this
// runs, the html element keeps the "no-js" class that ECL's CSS uses for script-free fallbacks.
(function () {
  'use strict';
  if (window.ECL && typeof window.ECL.autoInit === 'function') {
    window.ECL.autoInit();
    document.documentElement.classList.remove('no-js');
  }
})();
