package dev.tandem.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code TANDEM_*} values a running stack was started with, so that {@code status} and {@code down} look at the
 * ports it really uses even when run from a shell with other variables.
 */
final class SavedSettings {

    private final StateLayout layout;

    SavedSettings(StateLayout layout) {
        this.layout = layout;
    }

    void save(Map<String, String> environment) {
        Properties properties = new Properties();
        for (Setting setting : Setting.values()) {
            properties.setProperty(setting.variable(), setting.valueIn(environment));
        }
        try (Writer out = Files.newBufferedWriter(layout.settingsFile(), StandardCharsets.UTF_8)) {
            properties.store(out, "Settings of the running stack, written by ./tandem up");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + layout.settingsFile(), e);
        }
    }

    /** The saved values when a stack was started and not yet taken down, else {@code environment}. */
    Map<String, String> orElse(Map<String, String> environment) {
        if (!Files.exists(layout.settingsFile())) {
            return environment;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(layout.settingsFile(), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            return environment;
        }
        Map<String, String> saved = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> saved.put(name, properties.getProperty(name)));
        return saved;
    }

    /**
     * The settings {@code environment} gives other values than the running stack was started with, each as
     * {@code VARIABLE=running value (this shell: other value)}; empty when none differs or nothing was saved.
     */
    List<String> differences(Map<String, String> environment) {
        Map<String, String> saved = orElse(environment);
        List<String> differences = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            String running = setting.valueIn(saved);
            String asked = setting.valueIn(environment);
            if (!running.equals(asked)) {
                differences.add(setting.variable() + "=" + running + " (this shell: " + asked + ")");
            }
        }
        return differences;
    }

    void delete() {
        try {
            Files.deleteIfExists(layout.settingsFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + layout.settingsFile(), e);
        }
    }
}
