// Shows a field's rule before the round trip: aspnet-client-validation reads the data-val-* attributes
// that FluentValidation's client adapters write from the same rules (and localised messages) the
// server applies, and this puts its messages in ECL's error markup. The server stays the authority:
// without JavaScript, or for rules with no client adapter, the server's answer is the same.
(function () {
  'use strict';
  if (!window.aspnetValidation) {
    return;
  }

  var service = new window.aspnetValidation.ValidationService();
  service.ValidationMessageCssClassName = 'ecl-feedback-message';
  service.ValidationMessageValidCssClassName = 'icp-feedback-valid';

  function invalidTarget(input) {
    if (input.tagName === 'SELECT') {
      return { element: input.closest('.ecl-select__container'), cssClass: 'ecl-select__container--invalid' };
    }

    return { element: input, cssClass: input.tagName === 'TEXTAREA' ? 'ecl-text-area--invalid' : 'ecl-text-input--invalid' };
  }

  // The message element the tag helper renders for this field, so assistive technology reads it with the field.
  function messageId(input) {
    var message = input.form && input.form.querySelector('[data-valmsg-for="' + CSS.escape(input.name) + '"]');
    return message ? message.id : null;
  }

  function describedBy(input, id, present) {
    var ids = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (x) { return x && x !== id; });
    if (present) {
      ids.push(id);
    }

    if (ids.length > 0) {
      input.setAttribute('aria-describedby', ids.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
  }

  service.highlight = function (input) {
    var target = invalidTarget(input);
    if (target.element) {
      target.element.classList.add(target.cssClass);
    }

    input.setAttribute('aria-invalid', 'true');
    var id = messageId(input);
    if (id) {
      describedBy(input, id, true);
    }
  };

  service.unhighlight = function (input) {
    var target = invalidTarget(input);
    if (target.element) {
      target.element.classList.remove(target.cssClass);
    }

    input.removeAttribute('aria-invalid');
    var id = messageId(input);
    if (id) {
      describedBy(input, id, false);
    }
  };

  service.bootstrap();
})();
