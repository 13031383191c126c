package com.provisioningportal.deploy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests in {@code deploy/kubernetes}, read into Kubernetes' own object model: a field the API
 * does not know fails the test (the model would keep it aside, as the API server would refuse it), and the
 * properties production depends on hold.
 */
class KubernetesManifestsTests {

	private static final Path BASE = Path.of("deploy/kubernetes/base");

	private static final Path PRODUCTION = Path.of("deploy/kubernetes/overlays/production");

	private static final Map<String, Class<?>> KINDS = Map.of("Deployment", Deployment.class, "Service", Service.class,
			"PodDisruptionBudget", PodDisruptionBudget.class, "Ingress", Ingress.class, "ConfigMap", ConfigMap.class,
			"PersistentVolumeClaim", PersistentVolumeClaim.class);

	private final ObjectMapper mapper = new ObjectMapper();

	@Test
	void everyResourceOfTheBaseAndTheOverlayIsAKnownKindWithOnlyKnownFields() throws Exception {
		List<Path> resources = new ArrayList<>(resources(BASE));
		resources.addAll(resources(PRODUCTION).stream().filter(path -> !path.startsWith(BASE.toString())).toList());

		assertThat(resources).isNotEmpty();
		for (Path resource : resources) {
			Object parsed = read(resource);
			assertThat(unknownFields(parsed, "", new IdentityHashMap<>())).as("fields Kubernetes does not know in %s", resource)
				.isEmpty();
		}
	}

	@Test
	void twoReplicasThatStartCheckedStopGracefullyAndNeverAllLeaveAtOnce() throws Exception {
		Deployment deployment = (Deployment) read(BASE.resolve("deployment.yaml"));
		PodSpec pod = deployment.getSpec().getTemplate().getSpec();
		Container portal = container(pod.getContainers(), "portal");

		assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
		assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
		assertThat(portal.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(portal.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(portal.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
		assertThat(portal.getResources().getRequests()).containsKeys("cpu", "memory");
		assertThat(portal.getResources().getLimits()).containsKey("memory");
		long drain = portal.getLifecycle().getPreStop().getSleep().getSeconds() + 30;
		assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan(drain);
		assertThat(env(portal, "SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE")).isEqualTo("30s");

		PodDisruptionBudget budget = (PodDisruptionBudget) read(BASE.resolve("pod-disruption-budget.yaml"));
		assertThat(budget.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
		assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
			.containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
		Service service = (Service) read(BASE.resolve("service.yaml"));
		assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(service.getSpec().getSelector());
	}

	@Test
	void theOwnerMigratesInAnInitContainerAndThePortalConnectsAsTheRestrictedRole() throws Exception {
		PodSpec pod = ((Deployment) read(BASE.resolve("deployment.yaml"))).getSpec().getTemplate().getSpec();
		ConfigMap config = (ConfigMap) read(BASE.resolve("configmap.yaml"));
		Container migrate = container(pod.getInitContainers(), "migrate");
		Container portal = container(pod.getContainers(), "portal");

		assertThat(migrate.getArgs()).containsExactly("migrate");
		assertThat(migrate.getImage()).isEqualTo(portal.getImage());
		assertThat(secretKey(migrate, "SPRING_FLYWAY_USER")).isEqualTo("SPRING_FLYWAY_USER");
		assertThat(secretKey(migrate, "SPRING_FLYWAY_PASSWORD")).isEqualTo("SPRING_FLYWAY_PASSWORD");
		assertThat(portal.getEnv()).extracting(EnvVar::getName).doesNotContain("SPRING_FLYWAY_USER", "SPRING_FLYWAY_PASSWORD");
		assertThat(config.getData()).containsEntry("SPRING_DATASOURCE_USERNAME", "portal_app")
			.containsEntry("SPRING_FLYWAY_ENABLED", "false");
		for (String secret : List.of("SPRING_DATASOURCE_PASSWORD", "PORTAL_ENCRYPTION_KEY", "PORTAL_AUDIT_SIGNING_KEY")) {
			assertThat(secretKey(portal, secret)).as("%s from the Secret, never the ConfigMap", secret).isEqualTo(secret);
			assertThat(config.getData()).doesNotContainKey(secret);
		}
	}

	@Test
	void everyReplicaWritesAuditCheckpointsIntoOneSharedVolumeAndNothingElse() throws Exception {
		PodSpec pod = ((Deployment) read(BASE.resolve("deployment.yaml"))).getSpec().getTemplate().getSpec();
		ConfigMap config = (ConfigMap) read(BASE.resolve("configmap.yaml"));
		PersistentVolumeClaim digests = (PersistentVolumeClaim) read(BASE.resolve("audit-digests.yaml"));
		Container portal = container(pod.getContainers(), "portal");

		assertThat(digests.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
		assertThat(pod.getVolumes()).filteredOn(volume -> volume.getPersistentVolumeClaim() != null)
			.extracting(volume -> volume.getPersistentVolumeClaim().getClaimName())
			.containsExactly(digests.getMetadata().getName());
		assertThat(portal.getVolumeMounts()).anySatisfy(mount -> assertThat(mount.getMountPath())
			.isEqualTo(config.getData().get("PORTAL_AUDIT_DIGEST_DIR")));
		assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
		assertThat(pod.getSecurityContext().getRunAsUser()).as("the image's user").isEqualTo(10001L);
		for (Container container : List.of(portal, container(pod.getInitContainers(), "migrate"))) {
			assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
			assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
			assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
		}
	}

	@Test
	void productionServesHttpsThroughAnIngressAndTakesItsSecretsFromAGeneratedSecret() throws Exception {
		Ingress ingress = (Ingress) read(PRODUCTION.resolve("ingress.yaml"));
		Map<String, Object> kustomization = yaml(PRODUCTION.resolve("kustomization.yaml"));

		assertThat(ingress.getSpec().getTls()).singleElement()
			.satisfies(tls -> assertThat(tls.getHosts()).containsExactly(ingress.getSpec().getRules().get(0).getHost()));
		assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService().getName())
			.isEqualTo(((Service) read(BASE.resolve("service.yaml"))).getMetadata().getName());
		assertThat(kustomization.get("secretGenerator")).asString().contains("portal-secrets", "secrets.env");
		assertThat(Files.readString(PRODUCTION.resolve("secrets.env.example"))).contains("SPRING_FLYWAY_PASSWORD=",
				"SPRING_DATASOURCE_PASSWORD=", "PORTAL_AUDIT_SIGNING_KEY=");
	}

	/** The resources a kustomization lists, with those of the kustomizations it includes. */
	private List<Path> resources(Path directory) throws IOException {
		List<Path> found = new ArrayList<>();
		for (Object entry : (List<?>) yaml(directory.resolve("kustomization.yaml")).get("resources")) {
			Path resource = directory.resolve(String.valueOf(entry)).normalize();
			if (Files.isDirectory(resource)) {
				found.addAll(resources(resource));
			}
			else {
				found.add(resource);
			}
		}
		return found;
	}

	private Object read(Path file) throws IOException {
		Map<String, Object> document = yaml(file);
		Class<?> kind = KINDS.get(String.valueOf(document.get("kind")));
		assertThat(kind).as("a kind this test knows, in %s", file).isNotNull();
		return mapper.convertValue(document, kind);
	}

	private static Map<String, Object> yaml(Path file) throws IOException {
		return new Yaml().load(Files.readString(file));
	}

	/**
	 * Kubernetes' model keeps what it does not know in {@code additionalProperties} rather than failing; any of
	 * those, anywhere in the object, is a field the API server would refuse.
	 */
	private static List<String> unknownFields(Object node, String path, Map<Object, Boolean> seen) throws Exception {
		List<String> unknown = new ArrayList<>();
		if (node == null || seen.put(node, Boolean.TRUE) != null) {
			return unknown;
		}
		if (node instanceof Collection<?> items) {
			int index = 0;
			for (Object item : items) {
				unknown.addAll(unknownFields(item, path + "[" + index++ + "]", seen));
			}
			return unknown;
		}
		if (node instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				unknown.addAll(unknownFields(entry.getValue(), path + "." + entry.getKey(), seen));
			}
			return unknown;
		}
		if (!node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
			return unknown;
		}
		for (Method getter : node.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
				continue;
			}
			Object value = getter.invoke(node);
			if (getter.getName().equals("getAdditionalProperties")) {
				((Map<?, ?>) value).keySet().forEach(name -> unknown.add(path + "." + name));
			}
			else if (!Set.of("getApiVersion", "getKind").contains(getter.getName())) {
				unknown.addAll(unknownFields(value, path + "." + getter.getName().substring(3), seen));
			}
		}
		return unknown;
	}

	private static Container container(List<Container> containers, String name) {
		return containers.stream().filter(container -> container.getName().equals(name)).findFirst().orElseThrow();
	}

	private static String env(Container container, String name) {
		return container.getEnv().stream().filter(variable -> variable.getName().equals(name)).findFirst().orElseThrow().getValue();
	}

	private static String secretKey(Container container, String name) {
		EnvVar variable = container.getEnv().stream().filter(each -> each.getName().equals(name)).findFirst().orElseThrow();
		assertThat(variable.getValueFrom().getSecretKeyRef().getName()).isEqualTo("portal-secrets");
		return variable.getValueFrom().getSecretKeyRef().getKey();
	}

}
