package com.provisioningportal.portal;

import java.util.List;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplates;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Controllers route, bind and choose views: what Sinch has is read and changed by the feature's services, so no
 * controller holds a gateway client or its transport, only the records and errors those services hand back. And a
 * channel's gateway sub-package serves that channel alone.
 */
class LayerRulesTests {

	private static final String PORTAL = "com.provisioningportal.portal";

	private static final String GATEWAY = PORTAL + ".gateway";

	/** The channels and the gateway sub-package each one's Sinch resources live in. */
	private static final List<String> CHANNELS = List.of("whatsapp", "rcs", "sms");

	private final JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(PORTAL);

	@Test
	void noControllerCallsTheGateway() {
		controllersCallNoGateway().check(main);
	}

	@Test
	void theRuleRejectsAControllerThatHoldsAGatewayClient() {
		JavaClasses planted = new ClassFileImporter().importClasses(PlantedController.class, WhatsAppTemplates.class);

		assertThatThrownBy(() -> controllersCallNoGateway().check(planted)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("PlantedController")
			.hasMessageContaining("WhatsAppTemplates");
	}

	@Test
	void aChannelsGatewaySubPackageIsUsedByThatChannelAlone() {
		for (String channel : CHANNELS) {
			noClasses().that()
				.resideOutsideOfPackages(PORTAL + "." + channel + "..", GATEWAY + "..")
				.should()
				.dependOnClassesThat()
				.resideInAPackage(GATEWAY + "." + channel + "..")
				.because("a channel is one feature package plus its gateway sub-package")
				.check(main);
		}
	}

	private static ArchRule controllersCallNoGateway() {
		return noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat(gatewayCalls())
			.because("reads and changes go through the feature's services");
	}

	/** Whatever sends to Sinch: the gateway's classes other than its records, enums and exceptions. */
	private static DescribedPredicate<JavaClass> gatewayCalls() {
		return DescribedPredicate.describe("send calls to Sinch",
				type -> type.getPackageName().startsWith(GATEWAY) && !type.isRecord() && !type.isEnum()
						&& !type.isAssignableTo(RuntimeException.class));
	}

	/** A planted breach: a controller that reads Sinch itself. */
	@Controller
	static final class PlantedController {

		private final WhatsAppTemplates templates;

		PlantedController(WhatsAppTemplates templates) {
			this.templates = templates;
		}

		int count(String projectId) {
			return templates.listTemplateLanguages(projectId, "welcome", null).items().size();
		}

	}

}
