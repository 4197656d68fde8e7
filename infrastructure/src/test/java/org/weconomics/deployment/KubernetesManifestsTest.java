package org.weconomics.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests as {@code kubectl apply -k infrastructure/kubernetes/base} reads them: every application
 * runs twice at least, is probed on its health checks, has its resources bounded, scales on CPU, keeps one instance
 * through a voluntary disruption, and takes every secret from a Secret, none written into the manifests.
 */
class KubernetesManifestsTest {

    private static final Path BASE = Path.of("kubernetes", "base");
    private static final List<String> APPLICATIONS =
            List.of("canvas-service", "partnership-service", "finance-service", "gateway");
    private static final Pattern SECRET_NAME =
            Pattern.compile("(.*_)?(PASSWORD|SECRET|CREDENTIALS?|API_KEY)(_.*)?|.*_DB_URL");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static List<JsonNode> resources;

    @BeforeAll
    static void read() throws IOException {
        resources = new ArrayList<>();
        JsonNode kustomization =
                YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
        for (JsonNode file : kustomization.path("resources")) {
            try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class)
                    .readValues(BASE.resolve(file.asText()).toFile())) {
                documents.readAll().stream().filter(JsonNode::isObject).forEach(resources::add);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"canvas-service", "partnership-service", "finance-service", "gateway"})
    void eachApplicationRunsTwiceAtLeastAndIsProbedOnItsHealthChecks(String application) {
        JsonNode deployment = resource("Deployment", application);
        assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo("http");
        assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
        assertThat(deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt())
                .as("a rollout never takes an instance away before its successor is ready")
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"canvas-service", "partnership-service", "finance-service", "gateway"})
    void eachApplicationHasBoundedResourcesAboveItsMeasuredIdleMemory(String application) {
        JsonNode resourcesOfContainer =
                resource("Deployment", application).at("/spec/template/spec/containers/0/resources");
        assertThat(mebibytes(resourcesOfContainer.at("/requests/memory").asText()))
                .as("requested memory covers the measured idle RSS (274 MiB)")
                .isGreaterThanOrEqualTo(274);
        assertThat(mebibytes(resourcesOfContainer.at("/limits/memory").asText()))
                .isGreaterThan(
                        mebibytes(resourcesOfContainer.at("/requests/memory").asText()));
        assertThat(resourcesOfContainer.at("/requests/cpu").asText()).isNotBlank();
        assertThat(resourcesOfContainer.at("/limits/cpu").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"canvas-service", "partnership-service", "finance-service", "gateway"})
    void eachApplicationScalesOnCpuAndKeepsAnInstanceThroughADisruption(String application) {
        JsonNode autoscaler = resource("HorizontalPodAutoscaler", application);
        assertThat(autoscaler.at("/apiVersion").asText()).isEqualTo("autoscaling/v2");
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo(application);
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(autoscaler.at("/spec/maxReplicas").asInt())
                .isGreaterThan(autoscaler.at("/spec/minReplicas").asInt());
        assertThat(autoscaler.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");

        JsonNode budget = resource("PodDisruptionBudget", application);
        assertThat(budget.at("/spec/minAvailable").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(budget.at("/spec/selector/matchLabels"))
                .isEqualTo(resource("Deployment", application).at("/spec/selector/matchLabels"));
        assertThat(resource("Service", application).at("/spec/selector"))
                .isEqualTo(resource("Deployment", application).at("/spec/selector/matchLabels"));
    }

    @Test
    void noSecretIsWrittenIntoTheManifests() {
        assertThat(resources)
                .noneMatch(resource -> resource.path("kind").asText().equals("Secret"));
        List<String> inlined = new ArrayList<>();
        for (JsonNode deployment : ofKind("Deployment")) {
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                for (JsonNode variable : container.path("env")) {
                    String name = variable.path("name").asText();
                    if (SECRET_NAME.matcher(name).matches()
                            && !variable.at("/valueFrom/secretKeyRef").isObject()) {
                        inlined.add(deployment.at("/metadata/name").asText() + " " + name);
                    }
                }
            }
        }
        assertThat(inlined)
                .as("secret variables given a value instead of a secretKeyRef")
                .isEmpty();
        ofKind("ConfigMap").forEach(config -> assertThat(config.path("data").fieldNames())
                .toIterable()
                .noneMatch(key -> SECRET_NAME.matcher(key).matches()));
    }

    @Test
    void theGatewayReachesEachServiceThroughItsKubernetesService() {
        Map<String, JsonNode> services = ofKind("Service").stream()
                .collect(
                        Collectors.toMap(service -> service.at("/metadata/name").asText(), Function.identity()));
        JsonNode config = resource("ConfigMap", "weconomics-platform").path("data");
        for (String service : List.of("canvas", "partnership", "finance")) {
            String url = config.path("WECONOMICS_GATEWAY_" + service.toUpperCase() + "_URL")
                    .asText();
            JsonNode target = services.get(service + "-service");
            assertThat(target).as(service + "-service has a Service").isNotNull();
            assertThat(url)
                    .isEqualTo("http://" + service + "-service:"
                            + target.at("/spec/ports/0/port").asInt());
        }
        assertThat(APPLICATIONS).allMatch(services::containsKey);
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        assertThat(quantity).as("memory in Mi or Gi").endsWith("Mi");
        return Long.parseLong(quantity.substring(0, quantity.length() - 2));
    }

    private static JsonNode resource(String kind, String name) {
        return ofKind(kind).stream()
                .filter(resource -> resource.at("/metadata/name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + BASE));
    }

    private static List<JsonNode> ofKind(String kind) {
        return resources.stream()
                .filter(resource -> resource.path("kind").asText().equals(kind))
                .toList();
    }
}
