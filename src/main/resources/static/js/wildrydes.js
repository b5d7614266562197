/*
 * Wild Rydes: small progressive enhancements. Every page works without this file; it only adds
 * show/hide buttons to password fields, live ticks for the password rules, copy buttons and
 * friendlier labels. Loaded as a file (the Content-Security-Policy allows no inline script).
 */
(function () {
  'use strict';

  var text = document.body.dataset;

  // A password rule as the page lists it (from the site's PasswordRule): a minimum length or a pattern to find.
  function ruleOf(item) {
    var minLength = parseInt(item.dataset.minLength, 10);
    if (!isNaN(minLength)) {
      return function (value) { return value.length >= minLength; };
    }
    var pattern = item.dataset.pattern ? new RegExp(item.dataset.pattern) : null;
    return function (value) { return pattern ? pattern.test(value) : false; };
  }

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
    var rules = Array.prototype.map.call(items, ruleOf);
    function tick() {
      items.forEach(function (item, index) {
        var met = rules[index](input.value);
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
      var digits = input.value.replace(/\D/g, '').slice(0, input.maxLength > 0 ? input.maxLength : 6); // 8: sign-in codes
      if (digits !== input.value) {
        input.value = digits;
      }
    });
  }

  // Users page: ask in place and skip the confirmation page (which still asks when there is no script).
  function confirmFirst(form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
        return;
      }
      var yes = document.createElement('input');
      yes.type = 'hidden';
      yes.name = 'confirm';
      yes.value = 'true';
      form.appendChild(yes);
    });
  }

  document.querySelectorAll('input[type="password"]').forEach(addPasswordToggle);
  document.querySelectorAll('input[data-rules]').forEach(tickRules);
  document.querySelectorAll('[data-copy]').forEach(addCopyButton);
  document.querySelectorAll('details[data-show-label]').forEach(relabelOnToggle);
  document.querySelectorAll('input[autocomplete="one-time-code"]').forEach(keepDigitsOnly);
  document.querySelectorAll('form[data-confirm]').forEach(confirmFirst);
}());
