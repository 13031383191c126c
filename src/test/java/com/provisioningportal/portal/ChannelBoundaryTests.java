package com.provisioningportal.portal;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A channel's types stay in its own package: nothing outside it depends on them, so a channel can be added or
 * removed as one package. And the portal's main code never reaches the test sources' sandbox and fixtures.
 */
class ChannelBoundaryTests {

	private static final String PORTAL = "com.provisioningportal.portal";

	/** The messaging channels; each is one feature package. */
	private static final List<String> CHANNELS = List.of("whatsapp", "sms");

	private final JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(PORTAL);

	@Test
	void noClassOutsideAChannelsPackageDependsOnThatChannelsTypes() {
		CHANNELS.forEach(channel -> staysInItsPackage(PORTAL + "." + channel).check(main));
	}

	@Test
	void theRuleRejectsAClassThatReachesIntoAChannel() {
		JavaClasses broken = new ClassFileImporter().importPackages("com.provisioningportal.boundaryfixture");

		assertThatThrownBy(() -> staysInItsPackage("com.provisioningportal.boundaryfixture.shop").check(broken))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Banner");
	}

	@Test
	void mainCodeNeverReachesTheSandboxOrTheTestSupport() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.provisioningportal.sandbox..", "com.provisioningportal.testsupport..",
					"com.provisioningportal.devmode..")
			.check(main);
	}

	private static ArchRule staysInItsPackage(String channelPackage) {
		return noClasses().that()
			.resideOutsideOfPackage(channelPackage + "..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(channelPackage + "..")
			.because("a channel is a plug-in: only its own package knows its types");
	}

}
