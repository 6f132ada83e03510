package dev.tandem.simulator.platform;

import dev.tandem.simulator.model.SignalDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns days of signals into the rows of health-service's daily-metric import ({@code account,day,metric,value}): a
 * count per account, day and daily metric, the way a vendor brings the history it kept elsewhere. A signal no daily
 * count holds (an NPS answer) is left out; the rows go in files of at most {@link #ROWS_PER_FILE}.
 */
public final class DailyMetricRows {

    public static final String HEADER = "account,day,metric,value";

    /** About 20 MB a file: well under the import's 64 MB, and a failed request costs little to repeat. */
    static final int ROWS_PER_FILE = 400_000;

    /** The daily count of health-service's metric catalogue that each signal type adds to. */
    static final Map<String, String> METRIC_OF = Map.ofEntries(
            Map.entry("login", "logins"),
            Map.entry("feature_used", "feature_uses"),
            Map.entry("seat_activated", "seats_activated"),
            Map.entry("setup_step_completed", "setup_steps"),
            Map.entry("invite_sent", "invites_sent"),
            Map.entry("invite_accepted", "invites_accepted"),
            Map.entry("email_opened", "emails_opened"),
            Map.entry("email_clicked", "emails_clicked"),
            Map.entry("ticket_opened", "tickets_opened"),
            Map.entry("ticket_closed", "tickets_closed"),
            Map.entry("event_attended", "events_attended"),
            Map.entry("community_post", "community_posts"),
            Map.entry("content_viewed", "content_views"),
            Map.entry("website_visit", "website_visits"),
            Map.entry("roi_reported", "roi_reports"));

    private final List<String> files = new ArrayList<>();
    private StringBuilder file = new StringBuilder(HEADER).append('\n');
    private int rowsInFile;
    private long rows;

    /** Adds one day's counts of {@code signals}, which all happened on {@code day}. */
    public void add(LocalDate day, List<SignalDraft> signals) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (SignalDraft signal : signals) {
            String metric = METRIC_OF.get(signal.type());
            if (metric != null) {
                counts.computeIfAbsent(signal.accountId(), account -> new TreeMap<>())
                        .merge(metric, 1L, Long::sum);
            }
        }
        String date = day.toString();
        counts.forEach((account, byMetric) -> byMetric.forEach((metric, value) -> row(account, date, metric, value)));
    }

    /** The files written so far, each with its header; the one being written is closed first. */
    public List<String> files() {
        if (rowsInFile > 0) {
            files.add(file.toString());
            file = new StringBuilder(HEADER).append('\n');
            rowsInFile = 0;
        }
        return List.copyOf(files);
    }

    /** Forgets the files handed out, keeping the count of rows. */
    public void clear() {
        files.clear();
    }

    public long rows() {
        return rows;
    }

    private void row(String account, String day, String metric, long value) {
        file.append(account)
                .append(',')
                .append(day)
                .append(',')
                .append(metric)
                .append(',')
                .append(value)
                .append('\n');
        rows++;
        if (++rowsInFile == ROWS_PER_FILE) {
            files.add(file.toString());
            file = new StringBuilder(HEADER).append('\n');
            rowsInFile = 0;
        }
    }
}
