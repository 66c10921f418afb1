// After a refused save, moves focus to the error summary, so that keyboard and screen-reader users
// land on the list of problems; each link there then moves focus to its field (a plain fragment
// link only scrolls). Without script the summary is still first in the form and its links scroll.
(function () {
  'use strict';
  var summary = document.getElementById('form-errors');
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    if (!link) {
      return;
    }
    var field = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!field) {
      return;
    }
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  });
})();
