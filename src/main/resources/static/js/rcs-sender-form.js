// The RCS sender forms: the create form shown one step at a time, and the brand previewed and checked as a phone
// shows it. Whatever the script does it stays one form, sent once; the server's checks are the ones that count.
(function () {
  'use strict';

  var MINIMUM_CONTRAST = 4.5;
  var COLOUR = /^#[0-9A-Fa-f]{6}$/;

  // A message of the bundle with its {0}, {1}, … filled in.
  function format(message, values) {
    return message.replace(/\{(\d+)\}/g, function (placeholder, index) {
      var value = values[parseInt(index, 10)];
      return value === undefined ? placeholder : String(value);
    });
  }

  // The WCAG 2.x contrast of white text on a #RRGGBB colour, as the server's BrandColour computes it.
  function contrastWithWhite(colour) {
    var rgb = parseInt(colour.slice(1), 16);
    var channel = function (value) {
      var srgb = (value & 0xFF) / 255;
      return srgb <= 0.04045 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
    };
    var luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    return 1.05 / (luminance + 0.05);
  }

  // How an image's size differs from the one Sinch asks for: 'ratio' when its shape is off by more than 1% (phones
  // crop it), 'size' when only its size is, null when it fits.
  function imageProblem(width, height, wantedWidth, wantedHeight) {
    var wanted = wantedWidth / wantedHeight;
    if (Math.abs(width / height - wanted) / wanted > 0.01) { return 'ratio'; }
    if (width !== wantedWidth || height !== wantedHeight) { return 'size'; }
    return null;
  }

  function absolute(address) {
    try {
      return Boolean(new URL(address).protocol);
    } catch (notAnAddress) {
      return false;
    }
  }

  function say(element, message, warning) {
    element.textContent = message;
    element.classList.toggle('warning', warning);
  }

  function wireColour(form, preview) {
    var field = form.querySelector('#color');
    var check = form.querySelector('#color-check');
    var previewCheck = form.querySelector('#rcs-preview-contrast');
    if (!field || !check) { return; }
    var update = function () {
      var colour = field.value.trim();
      var message = '';
      var tooLow = false;
      if (COLOUR.test(colour)) {
        var contrast = contrastWithWhite(colour);
        tooLow = contrast < MINIMUM_CONTRAST;
        message = format(tooLow ? check.dataset.tooLow : check.dataset.enough, [contrast.toFixed(1)]);
        preview.style.setProperty('--rcs-brand', colour);
      } else {
        preview.style.removeProperty('--rcs-brand');
      }
      // Next checks it with the rest of the step; the server refuses such a colour anyway.
      field.setCustomValidity(tooLow ? message : '');
      say(check, message, tooLow);
      say(previewCheck, message, tooLow);
    };
    field.addEventListener('input', update);
    update();
  }

  function wireText(form, preview) {
    [['brandName', '#rcs-preview-name'], ['description', '#rcs-preview-description']].forEach(function (pair) {
      var field = form.querySelector('#' + pair[0]);
      var target = preview.querySelector(pair[1]);
      var update = function () { target.textContent = field.value.trim(); };
      field.addEventListener('input', update);
      update();
    });
  }

  // The browser loads the image from where it is linked (the page's policy allows https images); its natural size is
  // compared with Sinch's. The file size cannot be read this way, so Sinch checks that one.
  function wireImage(form, panel, check) {
    var field = form.querySelector('#' + check.dataset.field);
    var image = panel.querySelector('#' + check.dataset.field + '-preview');
    var wantedWidth = parseInt(check.dataset.width, 10);
    var wantedHeight = parseInt(check.dataset.height, 10);
    image.addEventListener('load', function () {
      var problem = imageProblem(image.naturalWidth, image.naturalHeight, wantedWidth, wantedHeight);
      var message = problem ? panel.dataset[problem] : panel.dataset.fits;
      image.hidden = false;
      say(check, format(message, [image.naturalWidth, image.naturalHeight, wantedWidth, wantedHeight]), problem !== null);
    });
    image.addEventListener('error', function () {
      if (!image.hasAttribute('src')) { return; }
      image.hidden = true;
      say(check, panel.dataset.failed, true);
    });
    var load = function () {
      var address = field.value.trim();
      if (!absolute(address)) {
        image.removeAttribute('src');
        image.hidden = true;
        say(check, '', false);
      } else if (image.getAttribute('src') !== address) {
        image.setAttribute('src', address);
      }
    };
    // On change rather than on every key, so that half-typed addresses are not fetched.
    field.addEventListener('change', load);
    load();
  }

  function wirePreview(form) {
    var panel = form.querySelector('#rcs-preview-panel');
    if (!panel) { return; }
    var preview = panel.querySelector('#rcs-preview');
    preview.hidden = false;
    panel.querySelector('.preview-needs-script').hidden = true;
    wireText(form, preview);
    wireColour(form, preview);
    form.querySelectorAll('.image-check').forEach(function (check) { wireImage(form, panel, check); });
  }

  function labelOf(field) {
    var group = field.type === 'checkbox' ? field.closest('fieldset') : null;
    if (group) { return group.querySelector('legend').textContent.trim(); }
    var label = field.id ? field.form.querySelector('label[for="' + field.id + '"]') : null;
    return label ? label.textContent.trim() : field.name;
  }

  // What the steps hold, as it will be sent: each field's label with its value, a group of checkboxes as one line.
  function review(form, steps, list) {
    list.textContent = '';
    var entries = [];
    var groups = {};
    steps.forEach(function (step) {
      step.querySelectorAll('input:not([type="hidden"]), select, textarea').forEach(function (field) {
        var value = field.value.trim();
        if (field.tagName === 'SELECT') {
          value = field.value ? field.options[field.selectedIndex].text : '';
        }
        if (field.type === 'checkbox') {
          if (!groups[field.name]) {
            groups[field.name] = { label: labelOf(field), values: [] };
            entries.push(groups[field.name]);
          }
          if (field.checked) { groups[field.name].values.push(field.value); }
          return;
        }
        entries.push({ label: labelOf(field), values: value ? [value] : [] });
      });
    });
    entries.forEach(function (entry) {
      var term = document.createElement('dt');
      term.className = 'col-sm-4';
      term.textContent = entry.label;
      var detail = document.createElement('dd');
      detail.className = 'col-sm-8 text-break';
      detail.textContent = entry.values.length ? entry.values.join(', ') : list.dataset.empty;
      list.appendChild(term);
      list.appendChild(detail);
    });
    list.hidden = false;
  }

  function wireSteps(form) {
    var steps = Array.prototype.slice.call(form.querySelectorAll('.form-step'));
    var indicator = form.querySelector('#form-steps');
    var back = form.querySelector('#step-back');
    var next = form.querySelector('#step-next');
    var submit = form.querySelector('button[type="submit"]');
    var list = form.querySelector('#review-list');
    var last = steps.length - 1;
    var current = 0;
    var items = indicator.querySelectorAll('li');

    var show = function (index, focus) {
      current = index;
      steps.forEach(function (step, at) { step.hidden = at !== index; });
      items.forEach(function (item, at) {
        if (at === index) {
          item.setAttribute('aria-current', 'step');
        } else {
          item.removeAttribute('aria-current');
        }
      });
      back.hidden = index === 0;
      next.hidden = index === last;
      submit.hidden = index !== last;
      if (index === last) { review(form, steps.slice(0, last), list); }
      if (focus) { steps[index].focus(); }
    };

    // The browser's own checks of the step's fields; the first field that fails says why and takes the focus.
    var stepIsValid = function (step) {
      var invalid = Array.prototype.filter.call(step.querySelectorAll('input, select, textarea'), function (field) {
        return !field.checkValidity();
      });
      if (invalid.length > 0) {
        invalid[0].reportValidity();
        return false;
      }
      return true;
    };

    next.addEventListener('click', function () {
      if (stepIsValid(steps[current])) { show(current + 1, true); }
    });
    back.addEventListener('click', function () { show(current - 1, true); });

    // Enter in a field goes on to the next step until the review, where it sends the form. Caught before the
    // form's own listeners, so that a step left this way does not count as the one submit.
    document.addEventListener('submit', function (event) {
      if (event.target !== form || current === last) { return; }
      event.preventDefault();
      event.stopImmediatePropagation();
      next.click();
    }, true);

    // A link of the error summary opens the step of its field.
    form.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        var name = link.getAttribute('href').slice(1);
        var field = document.getElementById(name) || form.querySelector('[name="' + name + '"]');
        var step = field ? field.closest('.form-step') : null;
        if (!step) { return; }
        event.preventDefault();
        show(steps.indexOf(step), false);
        field.focus();
      });
    });

    indicator.hidden = false;
    form.querySelector('.review-needs-script').hidden = true;
    var opening = form.dataset.openStep ? document.getElementById(form.dataset.openStep) : null;
    show(Math.max(steps.indexOf(opening), 0), false);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.rcs-sender-form').forEach(function (form) {
      wirePreview(form);
      if (form.hasAttribute('data-steps')) { wireSteps(form); }
    });
  });
}());
