/*
 * Sign-in for every opendata page: OpenID Connect authorization code with PKCE against the identity provider the
 * service verifies (GET api/v1/sign-in names it). No page asks for a token. The access token lives in this tab's
 * session storage under 'opendata.token' (where the pages' fetches read it), is renewed with the refresh token before it
 * expires, and is dropped when the session ends, with a message and a sign-in button instead of an error.
 *
 * Use: <div id="opendata-signin"></div> and <script src="opendata-signin.js" defer></script> before the page's script,
 * then OpendataSignIn.ready().then(start) and OpendataSignIn.required(message) on a 401.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'opendata.token';
  var SESSION_KEY = 'opendata.signin';
  var PENDING_KEY = 'opendata.signin.pending';
  var RENEW_BEFORE_MS = 30000;
  var base = (document.currentScript && document.currentScript.src) ? new URL('.', document.currentScript.src).href : '';
  var discovery = null;
  var renewTimer = null;
  var message = '';

  function store(key, value) {
    try {
      if (value === null) {
        sessionStorage.removeItem(key);
      } else {
        sessionStorage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
      }
    } catch (e) {
      // storage disabled: signed in until the page closes
    }
  }

  function read(key) {
    try {
      var value = sessionStorage.getItem(key);
      return value && value.charAt(0) === '{' ? JSON.parse(value) : value;
    } catch (e) {
      return null;
    }
  }

  function base64url(bytes) {
    var text = '';
    new Uint8Array(bytes).forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function randomText() {
    var bytes = new Uint8Array(32);
    crypto.getRandomValues(bytes);
    return base64url(bytes);
  }

  function claims(jwt) {
    try {
      var part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(decodeURIComponent(escape(atob(part))));
    } catch (e) {
      return {};
    }
  }

  function provider() {
    if (!discovery) {
      discovery = fetch(base + 'api/v1/sign-in', {headers: {Accept: 'application/json'}})
        .then(function (r) { if (!r.ok) { throw new Error('sign-in ' + r.status); } return r.json(); })
        .then(function (config) {
          var named = {authorization_endpoint: config.authorizationEndpoint, token_endpoint: config.tokenEndpoint,
            end_session_endpoint: config.endSessionEndpoint};
          return fetch(config.issuer.replace(/\/$/, '') + '/.well-known/openid-configuration')
            .then(function (r) { if (!r.ok) { throw new Error('discovery ' + r.status); } return r.json(); })
            // a provider that does not share its discovery document with pages (CORS): the service named the endpoints
            .catch(function () { return named; })
            .then(function (oidc) { oidc.clientId = config.clientId; return oidc; });
        });
      discovery.catch(function () { discovery = null; });
    }
    return discovery;
  }

  function here() {
    return location.origin + location.pathname;
  }

  function signIn() {
    provider().then(function (oidc) {
      var verifier = randomText();
      var state = randomText();
      return crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)).then(function (hash) {
        store(PENDING_KEY, {state: state, verifier: verifier, hash: location.hash});
        location.assign(oidc.authorization_endpoint + '?' + new URLSearchParams({
          response_type: 'code', client_id: oidc.clientId, redirect_uri: here(), scope: 'openid',
          state: state, code_challenge: base64url(hash), code_challenge_method: 'S256'}).toString());
      });
    }).catch(function () {
      show('无法连接身份认证服务，请稍后再试。');
    });
  }

  function signOut() {
    var session = read(SESSION_KEY);
    forget();
    provider().then(function (oidc) {
      if (oidc.end_session_endpoint && session && session.idToken) {
        location.assign(oidc.end_session_endpoint + '?' + new URLSearchParams({
          id_token_hint: session.idToken, post_logout_redirect_uri: here()}).toString());
      } else {
        show('');
      }
    }, function () { show(''); });
  }

  function forget() {
    clearTimeout(renewTimer);
    store(TOKEN_KEY, null);
    store(SESSION_KEY, null);
  }

  function keep(answer) {
    var session = read(SESSION_KEY) || {};
    session.refreshToken = answer.refresh_token || session.refreshToken;
    session.idToken = answer.id_token || session.idToken;
    session.expiresAt = Date.now() + (answer.expires_in || 300) * 1000;
    store(SESSION_KEY, session);
    store(TOKEN_KEY, answer.access_token);
    clearTimeout(renewTimer);
    renewTimer = setTimeout(renew, Math.max(5000, session.expiresAt - Date.now() - RENEW_BEFORE_MS));
  }

  function tokenRequest(oidc, fields) {
    fields.client_id = oidc.clientId;
    return fetch(oidc.token_endpoint, {method: 'POST', body: new URLSearchParams(fields),
      headers: {'Content-Type': 'application/x-www-form-urlencoded'}})
      .then(function (r) { if (!r.ok) { throw new Error('token ' + r.status); } return r.json(); });
  }

  function renew() {
    var session = read(SESSION_KEY);
    if (!session || !session.refreshToken) {
      return Promise.resolve();
    }
    return provider().then(function (oidc) {
      return tokenRequest(oidc, {grant_type: 'refresh_token', refresh_token: session.refreshToken});
    }).then(keep, function () {
      forget();
      show('登录已过期，请重新登录。');
    });
  }

  /* Back from the provider's login page: trade the code for tokens, then take code and state out of the address. */
  function finishSignIn() {
    var query = new URLSearchParams(location.search);
    var pending = read(PENDING_KEY);
    if (!query.has('state') || !(query.has('code') || query.has('error'))) {
      return Promise.resolve();
    }
    store(PENDING_KEY, null);
    var clean = function () { history.replaceState(null, '', here() + ((pending && pending.hash) || '')); };
    if (!pending || pending.state !== query.get('state') || !query.has('code')) {
      clean();
      message = '登录未完成，请重试。';
      return Promise.resolve();
    }
    return provider().then(function (oidc) {
      return tokenRequest(oidc, {grant_type: 'authorization_code', code: query.get('code'),
        redirect_uri: here(), code_verifier: pending.verifier});
    }).then(function (answer) {
      keep(answer);
      clean();
    }, function () {
      clean();
      message = '登录未完成，请重试。';
    });
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  /* Who is signed in, or a sign-in button with the reason. */
  function show(reason) {
    if (reason !== undefined) {
      message = reason;
    }
    var box = document.getElementById('opendata-signin');
    if (!box) {
      return;
    }
    box.textContent = '';
    var token = read(TOKEN_KEY);
    if (token) {
      var c = claims(token);
      var who = el('span', {id: 'signin-user', 'class': 'signin-user'},
        (c.name || c.preferred_username || c.sub || '') + (c.agency ? '（' + c.agency + '）' : ''));
      var out = el('button', {type: 'button', id: 'signout', 'class': 'secondary'}, '退出');
      out.addEventListener('click', signOut);
      box.appendChild(who);
      box.appendChild(out);
    } else {
      if (message) {
        box.appendChild(el('span', {id: 'signin-message', 'class': 'signin-message'}, message));
      }
      var button = el('button', {type: 'button', id: 'signin', 'class': 'secondary'}, '登录');
      button.addEventListener('click', signIn);
      box.appendChild(button);
    }
  }

  var ready = finishSignIn().then(function () {
    var session = read(SESSION_KEY);
    if (session && session.expiresAt) {
      if (session.expiresAt - Date.now() < RENEW_BEFORE_MS) {
        return renew();
      }
      clearTimeout(renewTimer);
      renewTimer = setTimeout(renew, session.expiresAt - Date.now() - RENEW_BEFORE_MS);
    }
  }).then(function () {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { show(); });
    } else {
      show();
    }
  });

  window.OpendataSignIn = {
    /** Resolves once a sign-in in progress has finished (or there was none). */
    ready: function () { return ready; },
    /** The current access token, or '' when signed out. */
    token: function () { return read(TOKEN_KEY) || ''; },
    /** A call was refused: an expired token is dropped and the user asked to sign in again. */
    required: function (status) {
      if (status === 401) {
        forget();
        show('需要登录（或登录已过期），请登录后重试。');
      } else {
        show('当前登录身份无权读取这些数据。');
      }
    },
    signIn: signIn,
    signOut: signOut
  };
}());
