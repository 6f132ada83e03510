package dev.tandem.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.signal.Signal;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    private static final Map<String, String> TOPIC_BY_PACKAGE = Map.of(
            "dev.tandem.events.account", Topics.ACCOUNT_EVENTS,
            "dev.tandem.events.signal", Topics.SIGNALS_RAW,
            "dev.tandem.events.health", Topics.HEALTH_EVENTS,
            "dev.tandem.events.cta", Topics.CTA_EVENTS,
            "dev.tandem.events.content", Topics.CONTENT_EVENTS);

    @Test
    void everyEventRecordOnTheClasspathIsCatalogued() throws Exception {
        List<Class<?>> events = eventRecordsInMainClasses();

        assertThat(EventCatalog.all().stream().<Class<?>>map(EventDescriptor::dataClass))
                .containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void everySampleFileHasACatalogEntryAndViceVersa() throws Exception {
        Path samples = Path.of(EventCatalogTest.class
                .getResource("/dev/tandem/events/samples/")
                .toURI());
        Set<String> files;
        try (Stream<Path> list = Files.list(samples)) {
            files = list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }

        assertThat(files)
                .containsExactlyInAnyOrderElementsOf(
                        EventCatalog.all().stream().map(d -> d.type() + ".json").toList());
    }

    @Test
    void typesAreUniqueAndVersioned() {
        List<String> types =
                EventCatalog.all().stream().map(EventDescriptor::type).toList();

        assertThat(types).doesNotHaveDuplicates();
        assertThat(types).allMatch(t -> t.matches("dev\\.tandem\\.[a-z]+\\.[a-z]+(-[a-z]+)*\\.v[0-9]+"), "well formed");
    }

    @Test
    void typeConstantOfEachRecordIsItsCatalogType() throws Exception {
        for (EventDescriptor descriptor : EventCatalog.all()) {
            Object constant = descriptor.dataClass().getField("TYPE").get(null);
            assertThat(constant).as(descriptor.dataClass().getSimpleName()).isEqualTo(descriptor.type());
        }
    }

    @Test
    void topicFollowsThePackageOfTheRecord() {
        for (EventDescriptor descriptor : EventCatalog.all()) {
            assertThat(descriptor.topic())
                    .as(descriptor.type())
                    .isEqualTo(TOPIC_BY_PACKAGE.get(descriptor.dataClass().getPackageName()));
        }
    }

    @Test
    void sourceIsTheOwningService() {
        assertThat(EventCatalog.all())
                .extracting(EventDescriptor::source)
                .containsOnly("/account-service", "/health-service", "/cta-service", "/content-service");
        assertThat(EventCatalog.of(Signal.class).source()).isEqualTo("/health-service");
    }

    @Test
    void lookupByClassAndByType() {
        EventDescriptor created = EventCatalog.of(AccountCreated.class);

        assertThat(created.type()).isEqualTo("dev.tandem.account.created.v1");
        assertThat(created.topic()).isEqualTo(Topics.ACCOUNT_EVENTS);
        assertThat(EventCatalog.byType("dev.tandem.account.created.v1")).contains(created);
    }

    @Test
    void unknownTypeIsEmpty() {
        assertThat(EventCatalog.byType("dev.tandem.account.created.v2")).isEmpty();
        assertThat(EventCatalog.byType(null)).isEmpty();
    }

    @Test
    void unregisteredClassIsRejected() {
        assertThatThrownBy(() -> EventCatalog.of(NotRegistered.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NotRegistered.class.getName());
    }

    @Test
    void allIsUnmodifiable() {
        assertThatThrownBy(() -> EventCatalog.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    /** Records implementing {@link TandemEvent} among the compiled main classes (test classes live elsewhere). */
    private static List<Class<?>> eventRecordsInMainClasses() throws URISyntaxException, IOException {
        Path root = Path.of(TandemEvent.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        assertThat(root).as("main classes are a directory in this build").isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p)
                            .toString()
                            .replace(p.getFileSystem().getSeparator(), "."))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .map(EventCatalogTest::load)
                    .filter(c -> c.isRecord() && TandemEvent.class.isAssignableFrom(c))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EventCatalogTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private record NotRegistered() implements TandemEvent {
        @Override
        public String subject() {
            return "none";
        }
    }
}
