// Live countdown to a deadline. The server prints the starting values (so the page works without
// script) and both instants by its own clock, which may be a simulated one: the countdown runs
// from the server's "now", not from the visitor's clock.
(function () {
  'use strict';
  document.querySelectorAll('[data-countdown-deadline]').forEach(function (element) {
    var deadline = Date.parse(element.getAttribute('data-countdown-deadline'));
    var serverNow = Date.parse(element.getAttribute('data-countdown-now'));
    if (isNaN(deadline) || isNaN(serverNow)) {
      return;
    }
    var loadedAt = Date.now();
    var units = {
      days: element.querySelector('[data-unit="days"]'),
      hours: element.querySelector('[data-unit="hours"]'),
      minutes: element.querySelector('[data-unit="minutes"]'),
      seconds: element.querySelector('[data-unit="seconds"]')
    };

    function show(unit, value) {
      var node = units[unit];
      if (!node) {
        return;
      }
      node.querySelector('.icp-countdown__value').textContent = String(value);
      var label = node.querySelector('.icp-countdown__label');
      label.textContent = value === 1 ? label.getAttribute('data-one') : label.getAttribute('data-many');
    }

    function tick() {
      var remaining = Math.max(0, deadline - (serverNow + (Date.now() - loadedAt)));
      var seconds = Math.floor(remaining / 1000);
      show('days', Math.floor(seconds / 86400));
      show('hours', Math.floor((seconds % 86400) / 3600));
      show('minutes', Math.floor((seconds % 3600) / 60));
      show('seconds', seconds % 60);
      if (remaining === 0) {
        var closed = element.getAttribute('data-countdown-closed');
        if (closed) {
          element.setAttribute('aria-live', 'polite');
          element.querySelector('.icp-countdown__status').textContent = closed;
        }
        return;
      }
      window.setTimeout(tick, 1000 - (remaining % 1000) + 5);
    }

    tick();
  });
})();
