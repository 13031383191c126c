package com.provisioningportal.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each package under the portal's is a module that declares the modules it may use; the check fails on a cycle, on
 * a use of another module's internals and on a dependency a module does not declare ({@link ChannelBoundaryTests}
 * shows a rule rejecting a planted one: Spring Modulith reads no test classes, so it cannot be shown one). The
 * module documentation is generated into {@code docs/modules} and the README shows the same module picture.
 */
class ModularityTests {

	private static final Path DOCS = Path.of("docs", "modules");

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesUseOnlyTheModulesTheyDeclareThroughTheirPublicApiAndFormNoCycles() {
		modules.verify();
	}

	@Test
	void theModuleDocumentationIsGeneratedAndTheReadmeShowsTheCurrentModulePicture() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		try (Stream<Path> diagrams = Files.list(DOCS)) {
			for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
			}
		}
		String picture = picture();
		Files.writeString(DOCS.resolve("modules.mmd"), picture);

		assertThat(Files.readString(DOCS.resolve("components.puml"))).contains("Gateway");
		assertThat(Files.readString(Path.of("README.md")))
			.as("the README's module picture is docs/modules/modules.mmd, as generated from the code")
			.contains("```mermaid\n" + picture + "```");
	}

	/** The documenter writes relations in no fixed order; sorted, a diagram changes only when the code does. */
	private static List<String> inStableOrder(List<String> lines) {
		Predicate<String> relation = line -> line.startsWith("Rel(");
		int first = (int) lines.stream().takeWhile(relation.negate()).count();
		List<String> ordered = new ArrayList<>(lines.stream().filter(relation.negate()).toList());
		ordered.addAll(first, lines.stream().filter(relation).sorted().toList());
		return ordered;
	}

	/** Modules and their direct dependencies as a Mermaid flowchart, in a stable order. */
	private String picture() {
		List<ApplicationModule> sorted = modules.stream()
			.sorted(Comparator.comparing(module -> module.getIdentifier().toString()))
			.toList();
		StringBuilder chart = new StringBuilder("flowchart LR\n");
		sorted.forEach(module -> chart.append("  ").append(module.getIdentifier()).append("[")
			.append(module.getDisplayName()).append("]\n"));
		for (ApplicationModule module : sorted) {
			module.getDirectDependencies(modules)
				.uniqueModules()
				.map(target -> target.getIdentifier().toString())
				.sorted()
				.forEach(target -> chart.append("  ").append(module.getIdentifier()).append(" --> ").append(target)
					.append('\n'));
		}
		return chart.toString();
	}

}
