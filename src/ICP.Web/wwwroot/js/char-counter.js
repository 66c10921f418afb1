// Shows how many characters a limited text area holds ("120 of 3000 characters"). The limit itself
// is the maxlength the server's rules put on the field.
(function () {
  'use strict';
  document.querySelectorAll('[data-counter-for]').forEach(function (counter) {
    var field = document.getElementById(counter.getAttribute('data-counter-for'));
    var template = counter.getAttribute('data-counter-template');
    var max = field && field.getAttribute('maxlength');
    if (!field || !template || !max) {
      return;
    }
    function update() {
      counter.textContent = template.replace('{0}', String(field.value.length)).replace('{1}', max);
    }
    field.addEventListener('input', update);
    update();
  });
})();
