package com.provisioningportal.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The response schemas of Sinch's published Provisioning API (v1.2.117) as far as a client depends on them: each
 * schema's {@code required} fields and the sub-schemas of its objects and lists, written here as facts. Fields a
 * schema does not require are checked only when present, as the published schema allows them to be left out.
 */
public final class PublishedSchemas {

	/** One response schema: its required fields, and the schemas of objects and of list items it holds. */
	public record Schema(String name, List<String> required, Map<String, Schema> objects, Map<String, Schema> lists) {

		static Schema of(String name, String... required) {
			return new Schema(name, List.of(required), Map.of(), Map.of());
		}

		Schema withObject(String field, Schema schema) {
			return new Schema(name, required, merged(objects, field, schema), lists);
		}

		Schema withList(String field, Schema schema) {
			return new Schema(name, required, objects, merged(lists, field, schema));
		}

		/** The paths of required fields missing from an answer, in the published schema's terms; empty when it holds. */
		public List<String> missingFrom(JsonNode answer) {
			List<String> missing = new ArrayList<>();
			collect(answer, "", missing);
			return missing;
		}

		private void collect(JsonNode node, String path, List<String> missing) {
			if (!node.isObject()) {
				missing.add(path.isEmpty() ? name + " (not an object)" : path + " (not an object: " + name + ")");
				return;
			}
			required.stream().filter(field -> !node.has(field)).forEach(field -> missing.add(path + field));
			objects.forEach((field, schema) -> {
				if (node.hasNonNull(field)) {
					schema.collect(node.get(field), path + field + ".", missing);
				}
			});
			lists.forEach((field, schema) -> {
				int index = 0;
				for (JsonNode item : node.path(field)) {
					schema.collect(item, path + field + "[" + index++ + "].", missing);
				}
			});
		}

		private static Map<String, Schema> merged(Map<String, Schema> schemas, String field, Schema schema) {
			Map<String, Schema> copy = new LinkedHashMap<>(schemas);
			copy.put(field, schema);
			// In the order declared, so missing fields are named in the schema's order in every run.
			return Collections.unmodifiableMap(copy);
		}

	}

	/** {@code WhatsappSenderDetailsDto}. */
	static final Schema SENDER_DETAILS = Schema.of("WhatsappSenderDetailsDto", "displayName", "vertical");

	/** {@code WhatsappSenderDto}, with its changes, details, metadata and Conversation API app. */
	public static final Schema SENDER = Schema
		.of("WhatsappSenderDto", "id", "region", "metaLocalStorage", "cloudApi", "businessManager", "compatibleRegions")
		.withObject("details", SENDER_DETAILS)
		.withObject("changes", Schema.of("WhatsappSenderChangesDto", "status"))
		.withObject("metadata",
				Schema.of("WhatsappSenderMetadataDto")
					.withObject("displayName", Schema.of("WhatsappSenderMetadataFieldDto", "status"))
					.withObject("username", Schema.of("WhatsappSenderMetadataFieldDto", "status")))
		.withObject("conversationApiAppDetails",
				Schema.of("WhatsappConversationApiAppDto", "id", "projectId", "region"));

	/** {@code WhatsappSenderRegisterDto}. */
	public static final Schema SENDER_REGISTRATION = Schema.of("WhatsappSenderRegisterDto", "id", "method", "accepted",
			"verificationCodeSent");

	/** {@code WhatsappCommentDto}: the answer to a comment on a sender, the account or a template. */
	public static final Schema COMMENT = Schema.of("WhatsappCommentDto", "type", "comment");

	/** {@code WhatsappAccountDto}, with its details and changes. */
	public static final Schema ACCOUNT = Schema
		.of("WhatsappAccountDto", "isEmbeddedSignup", "businessManager", "wabaMaxPriceOnboarded", "compatibleRegions")
		.withObject("details",
				Schema.of("WhatsappAccountDetailsDto", "clientBusinessManagerId", "wabaName")
					.withObject("senderDetails", Schema.of("WhatsappAccountSenderRelatedDetailsDto", "displayName",
							"businessCategory", "region", "metaLocalStorage")))
		.withObject("changes", Schema.of("WhatsappAccountChangesDto", "status"));

	/** {@code WebhookWebhookDto}. */
	public static final Schema WEBHOOK = Schema.of("WebhookWebhookDto", "id", "projectId", "target", "triggers");

	/** {@code SmsSmsAppDto}. */
	public static final Schema SMS_APP = Schema.of("SmsSmsAppDto", "id", "smsServiceId", "name", "status", "regions",
			"test");

	/** {@code BundlesBundlesSmsAppDto}: a bundle's SMS app also says whether its number is verified. */
	static final Schema BUNDLE_SMS_APP = Schema.of("BundlesBundlesSmsAppDto", "id", "smsServiceId", "name",
			"status", "regions", "test", "numberVerified");

	/** {@code BundlesSubprojectDto}. */
	static final Schema SUBPROJECT = Schema.of("BundlesSubprojectDto", "id", "name", "parentProjectId", "status");

	/** {@code WhatsappTemplateDetailsDto}. */
	static final Schema TEMPLATE_DETAILS = Schema.of("WhatsappTemplateDetailsDto", "components")
		.withObject("optimization", Schema.of("WhatsappTemplateOptimizationDto", "bidAmount", "bidStrategy"));

	/** {@code WhatsappTemplateDto}, with its details, changes and analytics. */
	public static final Schema TEMPLATE = Schema
		.of("WhatsappTemplateDto", "name", "language", "category", "analytics", "isMetaGenerated")
		.withObject("details", TEMPLATE_DETAILS)
		.withObject("changes", Schema.of("WhatsappTemplateChangesDto", "status"))
		.withList("analytics", Schema.of("WhatsappTemplateAnalyticsDto", "sent", "delivered", "read", "start", "end",
				"buttons"));

	/**
	 * The activity lists of the account, a sender and a template ({@code WhatsappAccountNotificationListDto},
	 * {@code WhatsappSenderNotificationListDto}, {@code WhatsappTemplateNotificationListDto}): alike but for the
	 * enum of their items' {@code type}.
	 */
	public static final Schema ACTIVITIES = list("Whatsapp*NotificationListDto", "notifications",
			Schema.of("Whatsapp*NotificationDto", "type"));

	/** {@code WhatsappSolutionDto}. */
	public static final Schema SOLUTION = Schema.of("WhatsappSolutionDto", "id", "details", "assigned")
		.withObject("details", Schema.of("WhatsappSolutionDetailsDto", "name"))
		.withObject("partnerApp", Schema.of("WhatsappSolutionAppDto", "id", "name"))
		.withObject("ownerApp", Schema.of("WhatsappSolutionAppDto", "id", "name"));

	/** {@code WhatsappSolutionListDto}: not paged. */
	public static final Schema SOLUTIONS = Schema.of("WhatsappSolutionListDto", "solutions").withList("solutions", SOLUTION);

	/** {@code BundlesBundlesDto}, with the resources it made. */
	public static final Schema BUNDLE = Schema.of("BundlesBundlesDto", "id", "projectId", "state", "region")
		.withObject("subproject", SUBPROJECT)
		.withObject("smsApp", BUNDLE_SMS_APP)
		.withObject("convApp", Schema.of("BundlesConvAppDto", "id", "name", "processingMode"))
		.withList("webhooks", Schema.of("BundlesWebhookDto", "id", "target", "projectId", "triggers"))
		.withList("webhookDeliveryStatuses",
				Schema.of("BundlesWebhookDeliveryStatusDto", "webhookId", "httpStatusCode", "date"));

	/** {@code WhatsappSenderListDto}. */
	public static final Schema SENDERS = list("WhatsappSenderListDto", "senders", SENDER);

	/** {@code WhatsappTemplateListDto}: all templates, or every language of one name. */
	public static final Schema TEMPLATES = list("WhatsappTemplateListDto", "templates", TEMPLATE);

	/** {@code WebhookWebhookListDto}. */
	public static final Schema WEBHOOKS = list("WebhookWebhookListDto", "webhooks", WEBHOOK);

	/** {@code BundlesListBundlesDto}. */
	public static final Schema BUNDLES = list("BundlesListBundlesDto", "bundles", BUNDLE);

	/** {@code SmsSmsAppListDto}. */
	public static final Schema SMS_APPS = list("SmsSmsAppListDto", "smsApps", SMS_APP);

	/** A test number's invitation: published as required in every answer that shows one. */
	public static final Schema RCS_TEST_NUMBER = Schema.of("RcsTestNumberStateDto", "number", "state", "submitted");

	/**
	 * {@code RcsSenderDto}: the reference marks {@code id}, {@code region} and {@code billingCategory} required; the
	 * country and operator fields are those every entry of the published example carries.
	 */
	public static final Schema RCS_SENDER = Schema.of("RcsSenderDto", "id", "region", "billingCategory")
		.withList("testNumberStates", RCS_TEST_NUMBER)
		.withList("countryStatus", Schema.of("RcsSenderCountryStatusDto", "country", "status")
			.withList("operators", Schema.of("RcsSenderOperatorStatusDto", "name", "status", "modified")));

	/** The list of RCS senders. */
	public static final Schema RCS_SENDERS = list("RcsSenderListDto", "senders", RCS_SENDER);

	/** The answer to adding test numbers: every test number's invitation. */
	public static final Schema RCS_TEST_NUMBERS = Schema.of("RcsTestNumberStatesDto", "testNumbers")
		.withList("testNumbers", RCS_TEST_NUMBER);

	/** The launch questions of a use case: the general and the verification ones at least. */
	public static final Schema RCS_QUESTIONS = Schema.of("RcsQuestionnaireQuestionsDto", "general", "verification")
		.withObject("general", Schema.of("RcsQuestionsDto", "questions"))
		.withObject("verification", Schema.of("RcsQuestionsDto", "questions"));

	/** A published list: its total, the requested page size, and its items under their own name. */
	static Schema list(String name, String items, Schema item) {
		return Schema.of(name, "totalSize", "pageSize", items).withList(items, item);
	}

	private PublishedSchemas() {
	}

}
