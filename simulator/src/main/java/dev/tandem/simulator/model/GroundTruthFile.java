package dev.tandem.simulator.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the ground truth as CSV, an account a line: hidden state, outcome, size, and the signals sent of each type,
 * for judging the platform's scores and CTAs in a spreadsheet or a notebook; and next to it
 * ({@code <name>-links.csv}) which behaviours go with churn and how ({@link ChurnLinks}).
 */
public final class GroundTruthFile {

    private GroundTruthFile() {}

    /** Where the links of {@code file}'s company go: {@code ground-truth-links.csv} next to {@code ground-truth.csv}. */
    public static Path linksFile(Path file) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return file.resolveSibling(stem + "-links.csv");
    }

    public static void write(Path file, List<AccountTruth> truth) {
        TreeSet<String> types = new TreeSet<>();
        truth.forEach(account -> types.addAll(account.signalsByType().keySet()));
        List<String> lines = new ArrayList<>();
        lines.add("account_id,hidden_state,outcome,starts_free,arr,seats,users,contract_ended,signals,"
                + String.join(",", types));
        for (AccountTruth account : truth) {
            StringBuilder line = new StringBuilder()
                    .append(account.accountId())
                    .append(',')
                    .append(account.state())
                    .append(',')
                    .append(account.outcome())
                    .append(',')
                    .append(account.startsFree())
                    .append(',')
                    .append(account.arr().toPlainString())
                    .append(',')
                    .append(account.seats())
                    .append(',')
                    .append(account.users())
                    .append(',')
                    .append(account.contractEnded())
                    .append(',')
                    .append(account.signals());
            Map<String, Long> byType = account.signalsByType();
            types.forEach(type -> line.append(',').append(byType.getOrDefault(type, 0L)));
            lines.add(line.toString());
        }
        List<String> links = new ArrayList<>();
        links.add("metric,link_to_churn");
        ChurnLinks.byMetric().forEach((metric, link) -> links.add(metric + "," + link));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, lines);
            Files.write(linksFile(file), links);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the ground truth to " + file, e);
        }
    }
}
