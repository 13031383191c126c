// Copies the webhook secret shown once after saving. A file of its own because the Content-Security-Policy
// forbids inline script; the secret is read from the page, never sent anywhere.
(function () {
  'use strict';

  function copy(field) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(field.value);
    }
    field.select();
    document.execCommand('copy');
    return Promise.resolve();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('copy-secret');
    var field = document.getElementById('webhook-secret');
    var status = document.getElementById('copy-secret-status');
    if (!button || !field) { return; }
    button.addEventListener('click', function () {
      copy(field).then(function () {
        button.textContent = 'Copied';
        if (status) { status.textContent = 'The secret is on the clipboard.'; }
      }, function () {
        field.select();
        if (status) { status.textContent = 'Copying was not allowed; the secret is selected, copy it by hand.'; }
      });
    });
  });
}());
