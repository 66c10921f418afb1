// Disables a form's submit button once it has been pressed. The server is what guarantees one
// version per submit (the idempotency key); this only spares people the doubt of a second click.
(function () {
  'use strict';
  document.querySelectorAll('form[data-submit-once]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      form.querySelectorAll('button[type="submit"]').forEach(function (button) {
        // Not when client-side validation stopped the submission: the person corrects and presses again.
        window.setTimeout(function () { button.disabled = !event.defaultPrevented; }, 0);
      });
    });
  });
})();
