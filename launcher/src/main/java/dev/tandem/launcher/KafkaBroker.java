package dev.tandem.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;

/**
 * Prepares {@code .tandem/kafka} and starts the broker as its own {@code kafka.Kafka} process.
 *
 * <p>The storage is formatted on the first start only, with a cluster id kept in {@code .tandem/kafka/cluster.id}, so
 * later starts find the topics and messages of earlier ones.
 */
final class KafkaBroker {

    private static final long FORMAT_TIMEOUT_SECONDS = 120;

    private final StateLayout layout;
    private final StackPlan plan;
    private final JavaCommands commands;
    private final ProcessSpawner spawner;

    KafkaBroker(StateLayout layout, StackPlan plan, JavaCommands commands, ProcessSpawner spawner) {
        this.layout = layout;
        this.plan = plan;
        this.commands = commands;
        this.spawner = spawner;
    }

    Process start() {
        Path serverProperties = writeServerProperties();
        if (!Files.exists(dataDirectory().resolve("meta.properties"))) {
            format(serverProperties);
        }
        return spawner.start(
                commands.kafkaBroker(serverProperties),
                Map.of("CLASSPATH", commands.classPath()),
                layout.log(StackPlan.KAFKA));
    }

    private Path dataDirectory() {
        return layout.kafka().resolve("data");
    }

    private Path writeServerProperties() {
        Path file = layout.kafka().resolve("server.properties");
        var properties = KafkaServerProperties.of(plan.kafkaPort(), plan.kafkaControllerPort(), dataDirectory());
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "Written by ./tandem up on every start: edit the launcher, not this file.");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private String clusterId() throws IOException {
        Path file = layout.kafka().resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    private void format(Path serverProperties) {
        try {
            List<String> command = commands.kafkaFormat(serverProperties, clusterId());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(layout.root().toFile())
                    .redirectErrorStream(true);
            builder.environment().put("CLASSPATH", commands.classPath());
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(FORMAT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new TandemException("Formatting the Kafka storage timed out.");
            }
            if (process.exitValue() != 0) {
                throw new TandemException("Could not format the Kafka storage in " + dataDirectory() + ":\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not format the Kafka storage", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TandemException("Interrupted while formatting the Kafka storage", e);
        }
    }
}
