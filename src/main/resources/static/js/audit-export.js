// Fetches the download of an export the audit page just started, so the page stays and shows its progress.
// Loaded as a file because the Content-Security-Policy forbids inline script.
(function () {
  'use strict';

  document.addEventListener('htmx:afterSwap', function (event) {
    var started = event.target.querySelector('[data-download]');
    if (!started) { return; }
    var link = document.createElement('a');
    link.href = started.getAttribute('data-download');
    link.download = '';
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    started.removeAttribute('data-download');
  });
}());
