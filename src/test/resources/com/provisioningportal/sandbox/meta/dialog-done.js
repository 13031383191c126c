/* Posts the dialog's result to the page that opened it, in the chosen order, then closes the popup. */
(function () {
	'use strict';

	var delivery = JSON.parse(document.getElementById('delivery').textContent);
	var status = document.getElementById('done');
	var opener = window.opener;
	var next = 0;

	function postNext() {
		if (next >= delivery.messages.length) {
			status.textContent = 'Done.';
			window.close();
			return;
		}
		opener.postMessage(delivery.messages[next++], delivery.targetOrigin);
		if (delivery.gapMillis > 0) {
			setTimeout(postNext, delivery.gapMillis);
		}
		else {
			postNext();
		}
	}

	if (!opener) {
		status.textContent = 'No page opened this dialog, so nothing was sent.';
		return;
	}
	postNext();
})();
