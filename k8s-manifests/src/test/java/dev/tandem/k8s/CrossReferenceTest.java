package dev.tandem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the overlays refer to exists in them (see {@link ConfigReferences}, {@link ServiceReferences}, {@link
 * ScalingReferences}, {@link TopicReferences}); and each check finds the broken reference
 * of its sort in an overlay made to hold one of each.
 */
class CrossReferenceTest {

    static final Path BROKEN = Path.of("src/test/resources/broken-overlay");

    static Stream<Path> overlays() {
        return Stream.of(Repo.DEV, Repo.PROD);
    }

    private static Manifests manifests(Path overlay) {
        return new Manifests(Overlays.render(overlay));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyConfigMapAndSecretADeploymentUsesExists(Path overlay) {
        assertThat(ConfigReferences.configMapsAndSecrets(manifests(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceReachedByNameExistsAndSelectsADeployment(Path overlay) {
        assertThat(ServiceReferences.services(manifests(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDeploymentHasOneAutoscalerAndADisruptionBudget(Path overlay) {
        assertThat(ScalingReferences.autoscalersAndBudgets(manifests(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyTopicTheServicesAndContractsNameHasAKafkaTopic(Path overlay) {
        assertThat(TopicReferences.namedTopics()).contains("signals.raw", "signals.raw.dlq", "content.events.dlq");
        assertThat(TopicReferences.topics(manifests(overlay), TopicReferences.namedTopics()))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyKafkaConsumerScalesOnItsLagWithinItsPartitions(Path overlay) {
        assertThat(ScalingReferences.configuredConsumers().get("health-service"))
                .contains(new ServiceConfig.Consumer("health-service", "signals.raw"));
        assertThat(ScalingReferences.configuredConsumers().get("gateway"))
                .as("each gateway replica reads health.events and cta.events whole: nothing to scale on")
                .isEmpty();
        assertThat(ScalingReferences.consumers(manifests(overlay), ScalingReferences.configuredConsumers()))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySettingProductionNeedsIsSet(Path overlay) {
        assertThat(ConfigReferences.requiredProductionEnv().get("cta-service"))
                .contains("QUARKUS_DATASOURCE_JDBC_URL", "TANDEM_CTA_DELIVERY_SECRET");
        assertThat(ConfigReferences.productionSettings(manifests(overlay), ConfigReferences.requiredProductionEnv()))
                .isEmpty();
    }

    @Test
    void everySecretTheInstallerCreatesIsDocumented() throws IOException {
        String guide = Files.readString(Repo.K8S.resolve("README.md"));
        for (var deployment : manifests(Repo.PROD).ofKind("Deployment")) {
            for (String secret : ConfigReferences.installerSecrets(deployment)) {
                assertThat(guide).contains("create secret generic " + secret);
            }
        }
    }

    @Test
    void prodCarriesNoCredentials() {
        var prod = manifests(Repo.PROD);

        assertThat(prod.ofKind("Secret"))
                .as("Secrets in prod come from operators or the installer")
                .isEmpty();
        assertThat(prod.objects().toString()).doesNotContainIgnoringCase("dev-only");
        assertThat(manifests(Repo.DEV).objects().toString()).containsIgnoringCase("dev-only");
    }

    @Test
    void findsSettingsProductionNeedsButNobodySets() {
        var required = Map.of("web", Set.of("KAFKA_BOOTSTRAP_SERVERS", "TOKEN", "WEB_URL"));

        assertThat(ConfigReferences.productionSettings(broken(), required))
                .containsExactly(
                        "Deployment web does not set WEB_URL, which its application.properties sets only for %dev");
    }

    @Test
    void findsMissingConfigMapsSecretsAndKeys() {
        assertThat(ConfigReferences.configMapsAndSecrets(broken()))
                .containsExactlyInAnyOrder(
                        "Deployment web container web uses missing ConfigMap web-settings",
                        "Deployment web container web uses missing key token of Secret web-db-app",
                        "Deployment web container web uses Secret api-credentials, which neither the overlay nor an"
                                + " operator creates");
    }

    @Test
    void findsUnreachableServicesHostsAndDatabases() {
        assertThat(ServiceReferences.services(broken()))
                .containsExactlyInAnyOrder(
                        "Service web targets port \"metrics\", which Deployment web does not name",
                        "Ingress web routes to missing Service api",
                        "ConfigMap tandem-common KAFKA_BOOTSTRAP_SERVERS names host elsewhere-kafka-bootstrap, which"
                                + " is no Service of the overlay or its operators",
                        "ConfigMap tandem-common QUARKUS_DATASOURCE_JDBC_URL names database other, which Cluster"
                                + " web-db does not create");
    }

    @Test
    void findsTwoAutoscalersAndAMissingBudget() {
        assertThat(ScalingReferences.autoscalersAndBudgets(broken()))
                .containsExactlyInAnyOrder(
                        "Deployment web has [HorizontalPodAutoscaler web, ScaledObject web], needs exactly one"
                                + " autoscaler",
                        "Deployment web is covered by 0 disruption budgets");
    }

    @Test
    void findsTopicsWithoutKafkaTopicAndTopicsOfAnotherCluster() {
        assertThat(TopicReferences.topics(broken(), Set.of("events", "events.dlq")))
                .containsExactlyInAnyOrder(
                        "topic events.dlq has no KafkaTopic (add it to k8s/base/kafka/topics.yaml)",
                        "KafkaTopic events belongs to missing Kafka cluster 'other'");
    }

    @Test
    void findsConsumersThatDoNotScaleOnTheirLagOrScalePastPartitions() {
        var consumers = Map.of(
                "web",
                Set.of(new ServiceConfig.Consumer("web", "events"), new ServiceConfig.Consumer("web", "orders")));

        assertThat(ScalingReferences.consumers(broken(), consumers))
                .containsExactlyInAnyOrder(
                        "web consumes Consumer[group=web, topic=orders] but its ScaledObject in"
                                + " k8s/base/services/web.yaml has no kafka trigger for it",
                        "web may scale to 12 replicas, past the 3 partitions of its busiest topic");
    }

    private static Manifests broken() {
        return new Manifests(Overlays.render(BROKEN));
    }
}
