package com.provisioningportal.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The published schemas name every required field an answer lacks, at any depth, and nothing it may leave out. */
class PublishedSchemasTests {

	@Test
	void namesTheRequiredFieldsMissingFromAnAnswerAndItsObjectsAndListItems() {
		var answer = Json.read("""
				{"totalSize": 2, "pageSize": 10, "senders": [
				 {"id": "a", "region": "EU", "metaLocalStorage": "DE", "cloudApi": true, "businessManager": "SINCH_UK",
				  "compatibleRegions": ["eu"], "details": {"displayName": "Shop", "vertical": "RETAIL"}},
				 {"id": "b", "region": "EU", "metaLocalStorage": "DE", "businessManager": "SINCH_UK",
				  "compatibleRegions": ["eu"], "details": {"displayName": "Shop"}, "changes": {}}]}""");

		assertThat(PublishedSchemas.SENDERS.missingFrom(answer))
			.containsExactly("senders[1].cloudApi", "senders[1].details.vertical", "senders[1].changes.status");
	}

	@Test
	void fieldsTheSchemaDoesNotRequireMayBeLeftOut() {
		var sender = Json.read("""
				{"id": "a", "region": "EU", "metaLocalStorage": "DE", "cloudApi": true, "businessManager": "SINCH_UK",
				 "compatibleRegions": ["eu"]}""");

		assertThat(PublishedSchemas.SENDER.missingFrom(sender)).isEmpty();
		assertThat(PublishedSchemas.COMMENT.missingFrom(Json.read("[]"))).containsExactly("WhatsappCommentDto (not an object)");
	}

}
