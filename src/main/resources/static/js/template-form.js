// The template form: a live preview of the message bubble and Meta's rules checked as the person types. The server
// checks the same rules again when the form is sent, and its answer is the one that counts.
(function () {
  'use strict';

  var NAME = /^[a-z0-9][a-z0-9_]*[a-z0-9]$/;
  var PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

  // The variables of a text: their numbers in order of first use, or what is wrong with how they are written.
  function variables(text) {
    var numbers = [];
    var problem = null;
    var match;
    PLACEHOLDER.lastIndex = 0;
    while ((match = PLACEHOLDER.exec(text)) !== null) {
      if (!/^[1-9][0-9]*$/.test(match[1])) {
        problem = 'Write variables as {{1}}, {{2}} and so on: ' + match[0] + ' is not one.';
        break;
      }
      var number = parseInt(match[1], 10);
      if (numbers.indexOf(number) === -1) { numbers.push(number); }
    }
    var rest = text.replace(PLACEHOLDER, '');
    if (!problem && (rest.indexOf('{{') !== -1 || rest.indexOf('}}') !== -1)) {
      problem = 'A variable is not closed: write it as {{1}}.';
    }
    var sorted = numbers.slice().sort(function (a, b) { return a - b; });
    var sequential = sorted.every(function (number, index) { return number === index + 1; });
    return { count: numbers.length, problem: problem, sequential: sequential };
  }

  function value(form, name) {
    var field = form.querySelector('[name="' + name + '"]');
    return field ? field.value : '';
  }

  // Text with its variables replaced by their examples (or left as {{n}}, marked), as DOM nodes: never as HTML.
  function fill(target, text, examples) {
    target.textContent = '';
    var last = 0;
    var match;
    PLACEHOLDER.lastIndex = 0;
    while ((match = PLACEHOLDER.exec(text)) !== null) {
      target.appendChild(document.createTextNode(text.slice(last, match.index)));
      var variable = document.createElement('span');
      variable.className = 'wa-variable';
      var example = examples[parseInt(match[1], 10) - 1];
      variable.textContent = example ? example : match[0];
      target.appendChild(variable);
      last = match.index + match[0].length;
    }
    target.appendChild(document.createTextNode(text.slice(last)));
  }

  // One example input per variable of the body, keeping what was typed.
  function syncExamples(form, count) {
    var container = form.querySelector('#body-examples');
    var rows = container.querySelectorAll('.body-example');
    for (var index = rows.length; index < count; index++) {
      var row = document.createElement('div');
      row.className = 'mb-2 body-example';
      var label = document.createElement('label');
      label.className = 'form-label small';
      label.htmlFor = 'bodyExamples' + index;
      label.textContent = 'Example of {{' + (index + 1) + '}}';
      var input = document.createElement('input');
      input.className = 'form-control form-control-sm';
      input.type = 'text';
      input.id = 'bodyExamples' + index;
      input.name = 'bodyExamples[' + index + ']';
      input.setAttribute('aria-describedby', 'bodyExamples-hint bodyExamples-error');
      row.appendChild(label);
      row.appendChild(input);
      var error = container.querySelector('#bodyExamples-error');
      container.insertBefore(row, error);
    }
    container.querySelectorAll('.body-example').forEach(function (row, index) {
      row.hidden = index >= count;
      var input = row.querySelector('input');
      input.disabled = index >= count;
    });
  }

  function examplesOf(form) {
    var examples = [];
    form.querySelectorAll('.body-example input:not([disabled])').forEach(function (input) { examples.push(input.value.trim()); });
    return examples;
  }

  function showHeaderFields(form) {
    var format = value(form, 'headerFormat');
    form.querySelector('.header-text-field').hidden = format !== 'TEXT';
    var textWithVariable = format === 'TEXT' && variables(value(form, 'headerText')).count > 0;
    form.querySelector('.header-example-field').hidden = !(textWithVariable || ['IMAGE', 'VIDEO', 'DOCUMENT'].indexOf(format) !== -1);
  }

  function showButtonFields(form) {
    form.querySelectorAll('.button-row').forEach(function (row) {
      var type = row.querySelector('.button-type').value;
      row.querySelectorAll('.button-field').forEach(function (field) {
        field.hidden = type === '' || field.getAttribute('data-for').split(' ').indexOf(type) === -1;
      });
    });
  }

  function checks(form, body, examples) {
    var limits = form.dataset;
    var results = [];
    var name = form.querySelector('[name="name"]');
    if (name) {
      results.push([name.value === '' || NAME.test(name.value), 'Name: lower-case letters, digits and underscores']);
    }
    var header = value(form, 'headerText');
    if (value(form, 'headerFormat') === 'TEXT') {
      var headerVariables = variables(header);
      results.push([header.length <= +limits.headerMax, 'Header: at most ' + limits.headerMax + ' characters (' + header.length + ')']);
      results.push([!headerVariables.problem && headerVariables.count <= 1 && headerVariables.sequential, 'Header: at most one variable, {{1}}']);
    }
    var bodyText = value(form, 'bodyText');
    results.push([bodyText.trim() !== '', 'Body: has text']);
    results.push([bodyText.length <= +limits.bodyMax, 'Body: at most ' + limits.bodyMax + ' characters (' + bodyText.length + ')']);
    results.push([!body.problem && body.sequential, body.problem || 'Body: variables numbered from {{1}} without gaps']);
    var trimmed = bodyText.trim();
    results.push([body.count === 0 || !(trimmed.indexOf('{{') === 0 || trimmed.slice(-2) === '}}'), 'Body: no variable at the very start or end']);
    var missing = examples.filter(function (example) { return example === ''; }).length;
    results.push([missing === 0, 'Body: an example for each variable' + (missing ? ' (' + missing + ' missing)' : '')]);
    var footer = value(form, 'footerText');
    results.push([footer.length <= +limits.footerMax && footer.indexOf('{{') === -1, 'Footer: at most ' + limits.footerMax + ' characters, no variables']);
    var tooLong = 0;
    form.querySelectorAll('.button-row').forEach(function (row) {
      if (row.querySelector('.button-type').value !== '' && row.querySelector('.button-text').value.length > +limits.buttonMax) { tooLong++; }
    });
    results.push([tooLong === 0, 'Buttons: labels of at most ' + limits.buttonMax + ' characters']);
    return results;
  }

  function render(form) {
    var preview = document.getElementById('template-preview');
    var format = value(form, 'headerFormat');
    var bodyText = value(form, 'bodyText');
    var body = variables(bodyText);
    syncExamples(form, body.count);
    var examples = examplesOf(form);
    showHeaderFields(form);
    showButtonFields(form);

    var header = preview.querySelector('.wa-header');
    header.hidden = format !== 'TEXT' || value(form, 'headerText') === '';
    fill(header, value(form, 'headerText'), [value(form, 'headerExample')]);
    var media = preview.querySelector('.wa-media');
    media.hidden = format === 'NONE' || format === 'TEXT';
    media.textContent = format.charAt(0) + format.slice(1).toLowerCase();
    fill(preview.querySelector('.wa-body'), bodyText, examples);
    var footer = preview.querySelector('.wa-footer');
    footer.hidden = value(form, 'footerText') === '';
    footer.textContent = value(form, 'footerText');
    var buttons = preview.querySelector('.wa-buttons');
    buttons.textContent = '';
    form.querySelectorAll('.button-row').forEach(function (row) {
      var label = row.querySelector('.button-text').value;
      if (row.querySelector('.button-type').value !== '' && label !== '') {
        var item = document.createElement('li');
        item.className = 'wa-button';
        item.textContent = label;
        buttons.appendChild(item);
      }
    });
    buttons.hidden = buttons.children.length === 0;

    var list = document.getElementById('preview-checks');
    list.textContent = '';
    checks(form, body, examples).forEach(function (result) {
      var item = document.createElement('li');
      item.className = result[0] ? 'check-passes' : 'check-fails';
      item.textContent = (result[0] ? '✓ ' : '✗ ') + result[1];
      list.appendChild(item);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('template-form');
    if (!form) { return; }
    document.querySelectorAll('.preview-needs-script').forEach(function (note) { note.hidden = true; });
    form.addEventListener('input', function () { render(form); });
    form.addEventListener('change', function () { render(form); });
    render(form);
  });
}());
