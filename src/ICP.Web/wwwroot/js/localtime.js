// Shows an instant in the visitor's own time zone beside the Brussels time the server printed.
// <time datetime="2021-11-15T22:59:59Z" data-local-time-target="id-of-span"> fills that span.
(function () {
  'use strict';
  // EU conventions (day before month, 24-hour clock) in English too: "16 November 2021 at 06:59:59".
  var lang = document.documentElement.lang || 'en';
  var locale = lang === 'en' ? 'en-GB' : lang;
  document.querySelectorAll('time[data-local-time-target]').forEach(function (element) {
    var target = document.getElementById(element.getAttribute('data-local-time-target'));
    var instant = new Date(element.getAttribute('datetime'));
    if (!target || isNaN(instant.getTime())) {
      return;
    }
    var formatted = new Intl.DateTimeFormat(locale, {
      day: 'numeric', month: 'long', year: 'numeric',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
      timeZoneName: 'long'
    }).format(instant);
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    target.textContent = (target.getAttribute('data-template') || '{0}')
      .replace('{0}', formatted)
      .replace('{1}', zone);
    target.hidden = false;
  });
})();
