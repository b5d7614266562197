/*
 * Wild Rydes: small progressive enhancements. Every page works without this file; it only adds
 * show/hide buttons to password fields, live ticks for the password rules, copy buttons and
 * friendlier labels. Loaded as a file (the Content-Security-Policy allows no inline script).
 */
(function () {
  'use strict';

  var text = document.body.dataset;

  // Cognito's default policy; symbols as Cognito counts them.
  var RULES = {
    MIN_LENGTH: function (value) { return value.length >= 8; },
    UPPERCASE: function (value) { return /[A-Z]/.test(value); },
    LOWERCASE: function (value) { return /[a-z]/.test(value); },
    NUMBER: function (value) { return /[0-9]/.test(value); },
    SYMBOL: function (value) { return /[\^$*.\[\]{}()?"!@#%&\/\\,><':;|_~`=+\- ]/.test(value); }
  };

  function addPasswordToggle(input) {
    var box = document.createElement('div');
    box.className = 'password-box';
    input.parentNode.insertBefore(box, input);
    box.appendChild(input);

    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'password-toggle';
    button.setAttribute('aria-controls', input.id);
    function show(visible) {
      input.type = visible ? 'text' : 'password';
      button.textContent = visible ? text.hidePassword : text.showPassword;
      button.setAttribute('aria-label', visible ? text.hidePasswordLabel : text.showPasswordLabel);
    }
    button.addEventListener('click', function () {
      show(input.type === 'password');
      input.focus();
    });
    // Password managers expect a password field when the form is sent.
    if (input.form) {
      input.form.addEventListener('submit', function () { show(false); });
    }
    show(false);
    box.appendChild(button);
  }

  function tickRules(input) {
    var list = document.getElementById(input.dataset.rules);
    if (!list) {
      return;
    }
    var items = list.querySelectorAll('[data-rule]');
    function tick() {
      items.forEach(function (item) {
        var rule = RULES[item.dataset.rule];
        var met = rule ? rule(input.value) : false;
        item.classList.toggle('rule--met', met);
        if (met) {
          item.classList.remove('rule--broken');
        }
      });
    }
    input.addEventListener('input', tick);
    tick();
  }

  function addCopyButton(button) {
    var target = document.getElementById(button.dataset.copy);
    if (!target || !navigator.clipboard) {
      return;
    }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        button.textContent = text.copied;
        window.setTimeout(function () { button.textContent = label; }, 2000);
      }, function () { /* clipboard refused: the text stays visible to copy by hand */ });
    });
  }

  function relabelOnToggle(details) {
    var summary = details.querySelector('summary');
    details.addEventListener('toggle', function () {
      summary.textContent = details.open ? details.dataset.hideLabel : details.dataset.showLabel;
    });
  }

  function keepDigitsOnly(input) {
    input.addEventListener('input', function () {
      var digits = input.value.replace(/\D/g, '').slice(0, 6);
      if (digits !== input.value) {
        input.value = digits;
      }
    });
  }

  document.querySelectorAll('input[type="password"]').forEach(addPasswordToggle);
  document.querySelectorAll('input[data-rules]').forEach(tickRules);
  document.querySelectorAll('[data-copy]').forEach(addCopyButton);
  document.querySelectorAll('details[data-show-label]').forEach(relabelOnToggle);
  document.querySelectorAll('input[autocomplete="one-time-code"]').forEach(keepDigitsOnly);
}());
