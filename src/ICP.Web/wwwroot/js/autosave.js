// Quiet autosave of an application step while the person types. The server applies the same rules as
// an explicit save (limits, the deadline at arrival, the colleague-conflict check); this script only
// reports what happened. Without script, the Save buttons do the same job.
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave-url]');
  var url = form && form.getAttribute('data-autosave-url');
  if (!url || !window.fetch || !window.FormData) {
    return;
  }
  var status = document.getElementById('autosave-status');
  var version = form.querySelector('input[name="Version"]');
  var lang = document.documentElement.lang || 'en';
  var timer = null;
  var dirty = false;
  var stopped = false;
  var inFlight = false;
  var pendingSubmitter = null;
  var notBefore = 0;

  function say(key, argument) {
    status.textContent = (form.getAttribute('data-autosave-' + key) || '').replace('{0}', argument || '');
  }

  function finished() {
    inFlight = false;
    if (pendingSubmitter !== null) {
      var submitter = pendingSubmitter;
      pendingSubmitter = null;
      form.requestSubmit(submitter);
    } else if (dirty && !stopped) {
      schedule();
    }
  }

  function save() {
    if (stopped || inFlight || !dirty) {
      return;
    }
    inFlight = true;
    dirty = false;
    fetch(url, {
      method: 'POST',
      body: new FormData(form),
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.json().then(function (body) {
        return { status: response.status, body: body };
      }, function () {
        return { status: response.status, body: {} };
      });
    }).then(function (result) {
      if (result.status === 200 && result.body.saved) {
        version.value = result.body.version;
        var time = new Date(result.body.savedAt).toLocaleTimeString(lang === 'en' ? 'en-GB' : lang,
          { hour: '2-digit', minute: '2-digit', second: '2-digit' });
        say('saved', time);
      } else if (result.status === 409) {
        stopped = true;
        say('conflict');
      } else if (result.status === 403) {
        stopped = true;
        say('closed');
      } else if (result.status === 422) {
        say('invalid');
      } else if (result.status === 429) {
        // Over the saving limit: nothing was saved; keep the text and save it once the wait is over.
        dirty = true;
        notBefore = Date.now() + (Number(result.body.retryAfter) || 10) * 1000;
        say('limited');
      } else if (result.status === 503) {
        // The database was busy: nothing was saved; keep the text and try again on the next pause.
        dirty = true;
        say('busy');
      } else {
        dirty = true;
        say('failed');
      }
      finished();
    }, function () {
      dirty = true;
      say('failed');
      finished();
    });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, Math.max(2500, notBefore - Date.now()));
  }

  form.addEventListener('input', function () {
    dirty = true;
    schedule();
  });
  form.addEventListener('change', function () {
    dirty = true;
    schedule();
  });
  form.addEventListener('submit', function (event) {
    window.clearTimeout(timer);
    stopped = true;
    if (inFlight) {
      // Let the autosave land first, so the explicit save carries the version it produced.
      event.preventDefault();
      pendingSubmitter = event.submitter || null;
    }
  });
})();
