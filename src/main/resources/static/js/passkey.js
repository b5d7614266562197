/*
 * Wild Rydes passkeys: the one script of the two passkey pages (add a passkey; sign in with one). The server put
 * WebAuthn's options (JSON, base64url for binary) in the form's data-passkey-options. This script asks the browser
 * (navigator.credentials.create or .get), writes the answer as WebAuthn's JSON form (PublicKeyCredential.toJSON,
 * base64url) into the hidden "credential" field and submits the form; if the browser gives no credential it submits
 * the error's name in "failure" instead, so the server can say what happened. Loaded as a file: the
 * Content-Security-Policy allows no inline script.
 */
(function () {
  'use strict';

  var form = document.querySelector('form[data-passkey]');
  if (!form) {
    return;
  }
  var supported = window.PublicKeyCredential && navigator.credentials && window.isSecureContext !== false;
  if (!supported) {
    return; // the page's note, visible by default, already says passkeys need a browser that supports them
  }
  document.querySelectorAll('[data-passkey-unsupported]').forEach(function (note) { note.hidden = true; });
  var button = form.querySelector('[data-passkey-button]');
  button.hidden = false;

  function toBuffer(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var binary = atob(base64 + '==='.slice((base64.length + 3) % 4));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function withCredentialIds(list) {
    return (list || []).map(function (descriptor) {
      var copy = Object.assign({}, descriptor);
      copy.id = toBuffer(descriptor.id);
      return copy;
    });
  }

  // PublicKeyCredentialCreationOptionsJSON / RequestOptionsJSON to what the browser takes (binary as buffers)
  function publicKeyOptions(kind, json) {
    var options = Object.assign({}, json, { challenge: toBuffer(json.challenge) });
    if (kind === 'create') {
      options.user = Object.assign({}, json.user, { id: toBuffer(json.user.id) });
      options.excludeCredentials = withCredentialIds(json.excludeCredentials);
    } else {
      options.allowCredentials = withCredentialIds(json.allowCredentials);
    }
    return options;
  }

  // RegistrationResponseJSON / AuthenticationResponseJSON, as PublicKeyCredential.toJSON gives where it exists
  function credentialJson(credential) {
    if (typeof credential.toJSON === 'function') {
      return credential.toJSON();
    }
    var response = credential.response;
    var json = { clientDataJSON: toBase64url(response.clientDataJSON) };
    if (response.attestationObject) {
      json.attestationObject = toBase64url(response.attestationObject);
      json.transports = typeof response.getTransports === 'function' ? response.getTransports() : [];
    } else {
      json.authenticatorData = toBase64url(response.authenticatorData);
      json.signature = toBase64url(response.signature);
      if (response.userHandle) {
        json.userHandle = toBase64url(response.userHandle);
      }
    }
    return {
      id: credential.id, rawId: toBase64url(credential.rawId), type: credential.type, response: json,
      authenticatorAttachment: credential.authenticatorAttachment || undefined,
      clientExtensionResults: credential.getClientExtensionResults()
    };
  }

  function send(field, value) {
    form.elements[field].value = value;
    form.submit();
  }

  form.addEventListener('submit', function (event) {
    if (form.elements.credential.value || form.elements.failure.value) {
      return; // the answer is in: let the form go
    }
    event.preventDefault();
    button.disabled = true;
    var kind = form.dataset.passkey;
    var options;
    try {
      options = publicKeyOptions(kind, JSON.parse(form.dataset.passkeyOptions));
    } catch (broken) {
      send('failure', 'unsupported');
      return;
    }
    var asked = kind === 'create'
      ? navigator.credentials.create({ publicKey: options })
      : navigator.credentials.get({ publicKey: options });
    asked.then(function (credential) {
      send('credential', JSON.stringify(credentialJson(credential)));
    }, function (error) {
      send('failure', (error && error.name) || 'Error');
    });
  });
}());
