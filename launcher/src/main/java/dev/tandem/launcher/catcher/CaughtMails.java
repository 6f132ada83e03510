package dev.tandem.launcher.catcher;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The last {@code capacity} messages caught, newest first; older ones are forgotten as new ones arrive. */
final class CaughtMails {

    private final int capacity;
    private final Deque<CaughtMail> newestFirst = new ArrayDeque<>();
    private long lastId;

    CaughtMails(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    synchronized CaughtMail add(Instant receivedAt, String from, List<String> to, String subject, String body) {
        CaughtMail mail = new CaughtMail(++lastId, receivedAt, from, to, subject, body);
        newestFirst.addFirst(mail);
        if (newestFirst.size() > capacity) {
            newestFirst.removeLast();
        }
        return mail;
    }

    synchronized List<CaughtMail> newestFirst() {
        return List.copyOf(newestFirst);
    }

    synchronized Optional<CaughtMail> byId(long id) {
        return newestFirst.stream().filter(mail -> mail.id() == id).findFirst();
    }
}
