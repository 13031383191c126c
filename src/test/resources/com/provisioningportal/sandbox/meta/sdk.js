/*
 * The Meta sandbox's stand-in for connect.facebook.net/en_US/sdk.js: FB.init and FB.login for Embedded Signup.
 * No eval, no inline script, no injected markup, so it runs under a strict Content-Security-Policy.
 */
(function () {
	'use strict';

	var sdkOrigin = new URL(document.currentScript.src).origin;
	var settings = null;
	var pendingLogin = null;
	var unknown = { authResponse: null, status: 'unknown' };
	// Once the popup is gone, the dialog's last messages may still be queued; wait a moment before "unknown".
	var closeGraceMillis = 500;

	function init(options) {
		if (!options || options.appId === undefined || options.appId === null || options.appId === '') {
			console.error('FB.init: appId is required');
			return;
		}
		settings = { appId: String(options.appId), version: String(options.version) };
	}

	function login(callback, options) {
		if (typeof callback !== 'function') {
			throw new TypeError('FB.login needs a callback function');
		}
		if (!settings) {
			console.error('FB.login called before FB.init');
			setTimeout(function () { callback(unknown); }, 0);
			return;
		}
		if (pendingLogin) {
			pendingLogin.settle(unknown);
		}
		options = options || {};
		var query = new URLSearchParams();
		query.set('client_id', settings.appId);
		query.set('display', 'popup');
		query.set('opener_origin', window.location.origin);
		query.set('login_options', JSON.stringify({
			config_id: options.config_id,
			response_type: options.response_type,
			override_default_response_type: options.override_default_response_type,
			extras: options.extras
		}));
		var url = sdkOrigin + '/' + encodeURIComponent(settings.version) + '/dialog/oauth?' + query.toString();
		var popup = window.open(url, 'meta_sandbox_signup', 'popup,width=640,height=760');
		if (!popup) {
			// Blocked: FB.login was not called synchronously in a user gesture.
			setTimeout(function () { callback(unknown); }, 0);
			return;
		}
		pendingLogin = watch(popup, callback);
	}

	function watch(popup, callback) {
		var settled = false;
		var closedWatch = null;

		function settle(response) {
			if (settled) {
				return;
			}
			settled = true;
			window.removeEventListener('message', onMessage);
			clearInterval(closedWatch);
			if (pendingLogin && pendingLogin.popup === popup) {
				pendingLogin = null;
			}
			callback(response);
		}

		function onMessage(event) {
			if (event.origin !== sdkOrigin || event.source !== popup) {
				return;
			}
			var data = event.data;
			if (data && typeof data === 'object' && data.__metaSandbox === 'auth' && data.authResponse) {
				settle({ authResponse: data.authResponse, status: 'connected' });
			}
		}

		window.addEventListener('message', onMessage);
		closedWatch = setInterval(function () {
			if (popup.closed) {
				clearInterval(closedWatch);
				setTimeout(function () { settle(unknown); }, closeGraceMillis);
			}
		}, 200);
		return { popup: popup, settle: settle };
	}

	function getLoginStatus(callback) {
		setTimeout(function () { callback(unknown); }, 0);
	}

	window.FB = { init: init, login: login, getLoginStatus: getLoginStatus };
	if (typeof window.fbAsyncInit === 'function') {
		setTimeout(window.fbAsyncInit, 0);
	}
})();
