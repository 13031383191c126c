// Embedded Signup in a popup: loads Meta's SDK, starts the dialog in the click itself (so no popup blocker stops
// it), accepts session messages only from the exact origins configured, joins the SDK's code and the session event
// in whichever order they come, and posts them once with the attempt's nonce and the CSRF token.
(function () {
  'use strict';

  var root = document.getElementById('signup-flow');
  if (!root) { return; }
  var settings = root.dataset;
  var allowedOrigins = (settings.allowedOrigins || '').split(' ').filter(function (origin) { return origin !== ''; });
  var button = document.getElementById('signup-connect');
  var status = document.getElementById('signup-status');
  var form = document.getElementById('signup-complete');
  var timeoutMillis = parseInt(settings.timeoutMs, 10) || 600000;
  // After the code, the session event normally follows within moments; the code itself lives only 30 seconds.
  var sessionGraceMillis = 5000;
  var closedGraceMillis = 2000;

  var flow = { started: false, submitted: false, code: null, closed: false, session: null, timers: [] };

  function say(text) { status.textContent = text; }

  function later(action, millis) { flow.timers.push(window.setTimeout(action, millis)); }

  function text(value, max) {
    if (typeof value === 'number') { value = String(value); }
    return (typeof value === 'string') ? value.slice(0, max) : '';
  }

  // Meta sends a JSON string; anything else, from anyone, is ignored.
  function sessionInfo(data) {
    var message = data;
    if (typeof data === 'string') {
      if (data.length > 20000) { return null; }
      try { message = JSON.parse(data); } catch (ignored) { return null; }
    }
    if (!message || typeof message !== 'object' || message.type !== 'WA_EMBEDDED_SIGNUP' || typeof message.event !== 'string') {
      return null;
    }
    var details = (message.data && typeof message.data === 'object') ? message.data : {};
    return {
      event: text(message.event, 60),
      wabaId: text(details.waba_id, 40),
      phoneNumberId: text(details.phone_number_id, 40),
      businessId: text(details.business_id, 40),
      currentStep: text(details.current_step, 60),
      errorMessage: text(details.error_message, 500),
      errorCode: text(details.error_code !== undefined ? details.error_code : details.error_id, 40),
      sessionId: text(details.session_id, 100)
    };
  }

  window.addEventListener('message', function (event) {
    if (allowedOrigins.indexOf(event.origin) === -1) { return; }
    var info = sessionInfo(event.data);
    if (!info || !flow.started || flow.submitted || flow.session) { return; }
    flow.session = info;
    settle();
  });

  function settle() {
    if (flow.submitted) { return; }
    var session = flow.session;
    if (session && session.event.indexOf('CANCEL') === 0) { submit(session, null); return; }
    if (flow.code && session) { submit(session, flow.code); return; }
    if (flow.code) {
      say('Meta answered; waiting a moment for the details of the chosen number…');
      later(function () { submit({ event: '' }, flow.code); }, sessionGraceMillis);
      return;
    }
    if (flow.closed && session) { submit(session, null); return; }
    if (flow.closed) {
      later(function () { submit({ event: 'CLOSED' }, null); }, closedGraceMillis);
    }
  }

  function submit(info, code) {
    if (flow.submitted) { return; }
    flow.submitted = true;
    flow.timers.forEach(window.clearTimeout);
    say('Sending Meta\'s answer to the portal…');
    ['event', 'wabaId', 'phoneNumberId', 'businessId', 'currentStep', 'errorMessage', 'errorCode', 'sessionId'].forEach(function (name) {
      form.elements[name].value = info[name] || '';
    });
    form.elements.code.value = code || '';
    var refresh = settings.csrfUrl;
    if (!refresh) { form.submit(); return; }
    // The customer may have spent long in Meta's dialog: take a fresh CSRF token, the nonce still names the attempt.
    window.fetch(refresh, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (csrf) {
        if (csrf && csrf.parameterName && csrf.token) {
          var field = form.elements[csrf.parameterName];
          if (!field) {
            field = document.createElement('input');
            field.type = 'hidden';
            field.name = csrf.parameterName;
            form.appendChild(field);
          }
          field.value = csrf.token;
        }
      })
      .catch(function () { /* the page's own token is still there */ })
      .then(function () { form.submit(); });
  }

  window.fbAsyncInit = function () {
    window.FB.init({ appId: settings.appId, autoLogAppEvents: true, xfbml: true, version: settings.graphVersion });
    button.disabled = false;
    say('Ready. Meta\'s dialog opens in a popup window.');
  };

  var sdk = document.createElement('script');
  sdk.src = settings.sdkUrl;
  sdk.async = true;
  sdk.defer = true;
  sdk.crossOrigin = 'anonymous';
  sdk.onerror = function () {
    say('Meta\'s sign-in could not be loaded. Check the connection (or an ad blocker) and reload the page.');
  };
  document.head.appendChild(sdk);

  button.addEventListener('click', function () {
    if (flow.started || !window.FB) { return; }
    flow.started = true;
    button.disabled = true;
    say('Complete the steps in Meta\'s window. This page waits for it.');
    // Called synchronously in the click: anything awaited before it would let the browser block the popup.
    window.FB.login(function (response) {
      if (response && response.authResponse && typeof response.authResponse.code === 'string' && response.authResponse.code !== '') {
        flow.code = response.authResponse.code;
      } else {
        flow.closed = true;
      }
      settle();
    }, {
      config_id: settings.configId,
      response_type: 'code',
      override_default_response_type: true,
      extras: {
        setup: { solutionID: settings.solutionId },
        featureType: settings.featureType || '',
        sessionInfoVersion: '3',
        version: settings.esVersion
      }
    });
    later(function () {
      if (!flow.code && !flow.session) {
        say('Nothing came back from Meta\'s window.');
        submit({ event: 'CLOSED' }, null);
      }
    }, timeoutMillis);
  });
}());
