package com.provisioningportal.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
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
		List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
		List<String> ordered = new ArrayList<>();
		for (String line : lines) {
			if (!line.startsWith("Rel(")) {
				ordered.add(line);
			}
			else if (!ordered.contains(relations.get(0))) {
				ordered.addAll(relations);
			}
		}
		return ordered;
	}

	/** Modules and their direct dependencies as a Mermaid flowchart, in a stable order. */
	private String picture() {
		StringBuilder chart = new StringBuilder("flowchart LR\n");
		modules.stream()
			.sorted(Comparator.comparing(module -> module.getIdentifier().toString()))
			.forEach(module -> chart.append("  ").append(module.getIdentifier()).append("[")
				.append(module.getDisplayName()).append("]\n"));
		modules.stream()
			.sorted(Comparator.comparing(module -> module.getIdentifier().toString()))
			.forEach(module -> module.getDirectDependencies(modules)
				.uniqueModules()
				.map(ApplicationModule::getIdentifier)
				.map(Object::toString)
				.sorted()
				.collect(Collectors.toList())
				.forEach(target -> chart.append("  ").append(module.getIdentifier()).append(" --> ").append(target)
					.append('\n')));
		return chart.toString();
	}

}
