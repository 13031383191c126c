package com.provisioningportal.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** The compose file and the Dockerfile ship the hardened settings the README promises. */
class ContainerFilesTests {

	private static final Pattern EXACT_VERSION = Pattern.compile(".+:\\d+\\.\\d+(\\.\\d+)?(_\\d+)?(-[a-z]+)?");

	@Test
	@SuppressWarnings("unchecked")
	void thePortalServiceIsReachableFromTheHostOnlyRunsReadOnlyWithoutCapabilitiesAndAsTheRestrictedRole() throws IOException {
		Map<String, Object> portal = service("portal");
		Map<String, Object> environment = (Map<String, Object>) portal.get("environment");

		assertThat((List<String>) portal.get("ports")).singleElement().asString().startsWith("${PORTAL_BIND_ADDRESS:-127.0.0.1}:");
		assertThat(portal.get("read_only")).isEqualTo(true);
		assertThat((List<String>) portal.get("cap_drop")).containsExactly("ALL");
		assertThat((List<String>) portal.get("security_opt")).contains("no-new-privileges:true");
		assertThat((List<String>) portal.get("tmpfs")).contains("/tmp");
		assertThat((List<String>) portal.get("volumes")).singleElement().asString()
			.isEqualTo("portal-audit-digests:" + environment.get("PORTAL_AUDIT_DIGEST_DIR"));
		assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo("portal_app");
		assertThat(environment).containsKeys("SPRING_FLYWAY_USER", "SPRING_FLYWAY_PASSWORD", "PORTAL_AUDIT_SIGNING_KEY")
			.as("an empty value would make Tomcat trust no proxy")
			.doesNotContainKey("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES");
	}

	@Test
	void everyBaseImageIsPinnedToAnExactVersion() throws IOException {
		assertThat(String.valueOf(service("db").get("image"))).matches(EXACT_VERSION);
		List<String> from = Files.readAllLines(Path.of("Dockerfile")).stream().filter(line -> line.startsWith("FROM ")).toList();
		assertThat(from).isNotEmpty()
			.allSatisfy(line -> assertThat(line.split(" ")[1]).matches(EXACT_VERSION));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> service(String name) throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
	}

}
