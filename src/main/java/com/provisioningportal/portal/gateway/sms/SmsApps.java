package com.provisioningportal.portal.gateway.sms;

import java.util.Map;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.transport.SinchCall;
import com.provisioningportal.portal.gateway.transport.SinchRequests;

import org.springframework.stereotype.Component;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

/**
 * A project's SMS apps: list, read, create, rename, delete.
 * Every call throws a {@link com.provisioningportal.portal.gateway.SinchException} when Sinch did not succeed.
 */
@Component
public class SmsApps {

	private static final String SMS_APPS = SinchCall.PROJECT + "/sms/smsApps";

	private final SinchRequests requests;

	public SmsApps(SinchRequests requests) {
		this.requests = requests;
	}

	public Page<SmsApp> listSmsApps(String projectId, PageRequest page) {
		SinchCall call = SinchCall.of("smsApps.list", GET, SMS_APPS, projectId).page(page);
		return requests.readPage(call, "smsApps", SmsApp.class);
	}

	public SmsApp getSmsApp(String projectId, String smsAppId) {
		return requests.read(SinchCall.of("smsApps.get", GET, SMS_APPS + "/{smsAppId}", projectId, smsAppId), SmsApp.class);
	}

	public SmsApp createSmsApp(String projectId, NewSmsApp smsApp) {
		return requests.read(SinchCall.of("smsApps.create", POST, SMS_APPS, projectId).body(smsApp), SmsApp.class);
	}

	public SmsApp renameSmsApp(String projectId, String smsAppId, String name) {
		return requests.read(SinchCall.of("smsApps.update", PATCH, SMS_APPS + "/{smsAppId}", projectId, smsAppId)
			.body(Map.of("name", name)), SmsApp.class);
	}

	public void deleteSmsApp(String projectId, String smsAppId) {
		requests.send(SinchCall.of("smsApps.delete", DELETE, SMS_APPS + "/{smsAppId}", projectId, smsAppId));
	}

}
