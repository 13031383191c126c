/*
 * A page on a foreign origin that posts look-alike Embedded Signup messages, to prove a page accepts them only
 * from Meta's origins. It posts to window.opener, or to a window it opened itself ("open-target").
 */
(function () {
	'use strict';

	var parameters = new URLSearchParams(window.location.search);
	var opened = null;
	var sentCount = document.getElementById('sent-count');

	function target() {
		return window.opener || opened;
	}

	function session(event, data) {
		return JSON.stringify({ type: 'WA_EMBEDDED_SIGNUP', event: event, data: data, version: 3 });
	}

	var finishData = {
		phone_number_id: parameters.get('phone_number_id') || '106540352242922',
		waba_id: parameters.get('waba_id') || '105954558954427',
		business_id: parameters.get('business_id') || '102289599326934'
	};

	var messages = {
		finish: function () { return session('FINISH', finishData); },
		'finish-object': function () {
			return { type: 'WA_EMBEDDED_SIGNUP', event: 'FINISH', data: finishData, version: 3 };
		},
		cancel: function () { return session('CANCEL', { current_step: 'PHONE_NUMBER_SETUP' }); },
		error: function () {
			return session('CANCEL', {
				error_message: 'Forged error', error_code: '1', session_id: 'forged', timestamp: '0'
			});
		},
		code: function () { return { __metaSandbox: 'auth', authResponse: { code: 'forged-code' } }; },
		malformed: function () { return '{"type": "WA_EMBEDDED_SIGNUP", '; }
	};

	function post(kind) {
		var receiver = target();
		if (!receiver) {
			document.getElementById('no-target').hidden = false;
			return;
		}
		receiver.postMessage(messages[kind](), '*');
		sentCount.textContent = String(Number(sentCount.textContent) + 1);
	}

	Object.keys(messages).forEach(function (kind) {
		document.getElementById('post-' + kind).addEventListener('click', function () { post(kind); });
	});
	document.getElementById('open-target').addEventListener('click', function () {
		opened = window.open(document.getElementById('target-url').value, 'foreign_target');
	});
	var automatic = parameters.get('post');
	if (automatic && messages[automatic]) {
		post(automatic);
	}
})();
