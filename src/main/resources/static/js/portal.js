// Small behaviours every page shares. Loaded as a file because the Content-Security-Policy forbids inline script.
(function () {
  'use strict';

  function wireCopyButtons(root) {
    root.querySelectorAll('.copy-button[data-copy]').forEach(function (button) {
      if (button.dataset.wired) { return; }
      button.dataset.wired = 'true';
      button.addEventListener('click', function () {
        var text = button.getAttribute('data-copy');
        var done = function () {
          var label = button.textContent;
          button.textContent = 'Copied';
          window.setTimeout(function () { button.textContent = label; }, 1500);
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(done);
        } else {
          var area = document.createElement('textarea');
          area.value = text;
          document.body.appendChild(area);
          area.select();
          document.execCommand('copy');
          area.remove();
          done();
        }
      });
    });
  }

  function wireConfirmByTyping(root) {
    root.querySelectorAll('form.confirm-by-typing').forEach(function (form) {
      var input = form.querySelector('.confirm-input');
      var submit = form.querySelector('.confirm-submit');
      var expected = form.getAttribute('data-expected');
      if (!input || !submit || form.dataset.wired) { return; }
      form.dataset.wired = 'true';
      input.addEventListener('input', function () {
        submit.disabled = input.value.trim() !== expected;
      });
    });
  }

  // Narrows the rows already on the page; the server's filters and paging stay as they are. The table is looked up
  // each time, because a live list swaps in fresh rows, which get the same narrowing.
  function applyQuickFilter(input) {
    var table = document.querySelector(input.getAttribute('data-target'));
    if (!table) { return; }
    var wanted = input.value.trim().toLowerCase();
    table.querySelectorAll('tbody tr').forEach(function (row) {
      row.hidden = wanted !== '' && row.textContent.toLowerCase().indexOf(wanted) === -1;
    });
  }

  function wireQuickFilters(root) {
    root.querySelectorAll('input.quick-filter[data-target]').forEach(function (input) {
      if (input.dataset.wired) { return; }
      input.dataset.wired = 'true';
      input.addEventListener('input', function () { applyQuickFilter(input); });
    });
  }

  // Forms that create something at Sinch send once; the server's one-time token catches what gets through anyway.
  function wireSingleSubmit(root) {
    root.querySelectorAll('form.single-submit').forEach(function (form) {
      if (form.dataset.wired) { return; }
      form.dataset.wired = 'true';
      form.addEventListener('submit', function (event) {
        if (form.dataset.sent) {
          event.preventDefault();
          return;
        }
        form.dataset.sent = 'true';
        form.setAttribute('aria-busy', 'true');
      });
    });
  }

  function reapplyQuickFilters() {
    document.querySelectorAll('input.quick-filter[data-target]').forEach(applyQuickFilter);
  }

  function wireErrorSummary() {
    var summary = document.querySelector('.error-summary');
    if (summary) { summary.focus(); }
  }

  function wireAll(root) {
    wireCopyButtons(root);
    wireConfirmByTyping(root);
    wireQuickFilters(root);
    wireSingleSubmit(root);
  }

  document.addEventListener('DOMContentLoaded', function () {
    wireAll(document);
    wireErrorSummary();
  });
  // A page brought back by the browser's Back button may be sent again (with a fresh look at the server's answer).
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) { return; }
    document.querySelectorAll('form.single-submit').forEach(function (form) {
      delete form.dataset.sent;
      form.removeAttribute('aria-busy');
    });
  });
  // Fragments swapped in by htmx get the same behaviours.
  document.addEventListener('htmx:afterSwap', function (event) {
    wireAll(event.target);
    reapplyQuickFilters();
  });
  // htmx requests carry the CSRF token from the layout's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { event.detail.headers[header.content] = token.content; }
  });
}());
