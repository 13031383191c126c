/* The browser test's page: starts Embedded Signup with the sandbox's SDK and lists what comes back, in order. */
(function () {
	'use strict';

	var config = JSON.parse(document.getElementById('config').textContent);
	var log = document.getElementById('log');
	var connect = document.getElementById('connect');

	function record(kind, origin, value) {
		var item = document.createElement('li');
		item.className = kind;
		item.setAttribute('data-origin', origin);
		item.textContent = typeof value === 'string' ? value : JSON.stringify(value);
		log.appendChild(item);
	}

	// Installed before FB.login is ever called, so no session message is missed.
	window.addEventListener('message', function (event) {
		record('message', event.origin, event.data);
	});

	window.fbAsyncInit = function () {
		FB.init({ appId: config.appId, autoLogAppEvents: true, xfbml: true, version: config.version });
		connect.disabled = false;
	};

	connect.addEventListener('click', function () {
		FB.login(function (response) {
			record('callback', window.location.origin, response);
		}, {
			config_id: config.configId,
			response_type: 'code',
			override_default_response_type: true,
			extras: config.extras
		});
	});

	document.getElementById('open-foreign').addEventListener('click', function () {
		window.open(config.foreignUrl, 'foreign');
	});
})();
