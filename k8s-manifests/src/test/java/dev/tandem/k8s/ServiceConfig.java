package dev.tandem.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's {@code application.properties} says: the Kafka topics it names, the consumers it runs, and the
 * environment variables production must set (a setting with a {@code %dev} value but no default and no {@code %prod}
 * value: the local stack sets it, a cluster must, or the service does not start).
 */
public record ServiceConfig(String service, Set<String> topics, Set<Consumer> consumers, Set<String> productionEnv) {

    public static final List<String> SERVICES =
            List.of("account-service", "health-service", "cta-service", "content-service", "gateway");

    private static final Pattern CHANNEL =
            Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(topic|dead-letter-queue\\.topic)");

    /** An incoming channel: its consumer group reads one topic. */
    public record Consumer(String group, String topic) {}

    public static ServiceConfig load(String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Repo.applicationProperties(service))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> topics = new LinkedHashSet<>();
        Set<Consumer> consumers = new LinkedHashSet<>();
        Set<String> incoming = new LinkedHashSet<>();
        for (String key : properties.stringPropertyNames()) {
            // Tests may point channels elsewhere; what runs in a cluster is the default and %prod configuration.
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                continue;
            }
            String plain = key.startsWith("%prod.") ? key.substring("%prod.".length()) : key;
            Matcher matcher = CHANNEL.matcher(plain);
            if (matcher.matches()) {
                topics.add(properties.getProperty(key).trim());
            }
            if (plain.startsWith("mp.messaging.incoming.") && plain.endsWith(".connector")) {
                incoming.add(
                        plain.substring("mp.messaging.incoming.".length(), plain.length() - ".connector".length()));
            }
        }
        String application = properties.getProperty("quarkus.application.name", service);
        for (String channel : incoming) {
            String prefix = "mp.messaging.incoming." + channel + ".";
            // SmallRye's defaults: the channel name is the topic, the application name the consumer group.
            String topic = properties.getProperty(prefix + "topic", channel);
            String group = properties.getProperty(prefix + "group.id", application);
            topics.add(topic);
            // A group resolved per replica (the gateway's live feed: gateway-${quarkus.uuid}) has every replica read
            // the whole topic; it shares no lag to scale on, so it is no consumer in the scaling sense.
            if (!group.contains("${")) {
                consumers.add(new Consumer(group, topic));
            }
        }
        Set<String> productionEnv = new LinkedHashSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%dev.")) {
                String plain = key.substring("%dev.".length());
                if (!properties.containsKey(plain) && !properties.containsKey("%prod." + plain)) {
                    productionEnv.add(environmentName(plain));
                }
            }
        }
        return new ServiceConfig(service, topics, consumers, productionEnv);
    }

    /** MicroProfile Config's environment variable for a property: non-alphanumerics become '_', upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
