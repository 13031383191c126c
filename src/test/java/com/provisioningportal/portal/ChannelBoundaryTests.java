package com.provisioningportal.portal;

import java.util.List;
import java.util.Locale;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A channel's types stay in its own package: nothing outside it depends on them, so a channel can be added or
 * removed as one package; the modules channels plug into name none, not even the gateway's types of one. And the
 * portal's main code never reaches the test sources' sandbox and fixtures.
 */
class ChannelBoundaryTests {

	private static final String PORTAL = "com.provisioningportal.portal";

	/** The messaging channels; each is one feature package. */
	private static final List<String> CHANNELS = List.of("whatsapp", "sms", "rcs");

	/** The modules every channel plugs into, which therefore know none. */
	private static final String[] NEUTRAL = { PORTAL + ".web..", PORTAL + ".projects..", PORTAL + ".dashboard..",
			PORTAL + ".audit..", PORTAL + ".webhooks..", PORTAL + ".callbacks.." };

	/** How the channels' types are named, here and in the gateway (WhatsAppAccount, SmsApp, Bundle, ...). */
	private static final List<String> CHANNEL_WORDS = List.of("whatsapp", "waba", "signup", "sms", "bundle",
			"rcs");

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
	void theModulesChannelsPlugIntoNameNoChannelInTheirTypesOrTheTypesTheyUse() {
		namesNoChannel(NEUTRAL).check(main);
	}

	@Test
	void theNamingRuleRejectsAClassThatNamesAChannel() {
		JavaClasses planted = new ClassFileImporter().importClasses(SmsBanner.class);

		assertThatThrownBy(() -> namesNoChannel(SmsBanner.class.getPackageName()).check(planted))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("SmsBanner");
	}

	@Test
	void mainCodeNeverReachesTheSandboxOrTheTestSupport() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.provisioningportal.sandbox..", "com.provisioningportal.testsupport..",
					"com.provisioningportal.devmode..")
			.check(main);
	}

	private static ArchRule namesNoChannel(String... packages) {
		return classes().that()
			.resideInAnyPackage(packages)
			.should(nameNoChannel())
			.because("a channel is a plug-in: the modules it plugs into learn of it only through their own interfaces");
	}

	private static ArchCondition<JavaClass> nameNoChannel() {
		return new ArchCondition<>("name no channel, in their own names or those of the types they use") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				if (namesAChannel(type)) {
					events.add(SimpleConditionEvent.violated(type, type.getName() + " names a channel"));
				}
				type.getDirectDependenciesFromSelf()
					.stream()
					.filter(dependency -> namesAChannel(dependency.getTargetClass()))
					.forEach(dependency -> events.add(SimpleConditionEvent.violated(type, dependency.getDescription())));
			}

		};
	}

	private static boolean namesAChannel(JavaClass type) {
		String name = type.getName().toLowerCase(Locale.ROOT);
		return type.getName().startsWith(PORTAL) && CHANNEL_WORDS.stream().anyMatch(name::contains);
	}

	/** A planted breach of the naming rule: page furniture named for a channel. */
	static final class SmsBanner {

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
