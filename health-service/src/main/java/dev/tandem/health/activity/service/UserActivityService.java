package dev.tandem.health.activity.service;

import dev.tandem.health.activity.repository.UserActivityReader;
import dev.tandem.health.activity.repository.UserActivityReader.UserDay;
import dev.tandem.health.activity.repository.UserActivityReader.UserFigures;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * An account's end users and what each of them does: who the regular users are, who went quiet. Counted from signals
 * by the vendor's ids, also before account-service knows the account or the user.
 */
@ApplicationScoped
public class UserActivityService {

    /** An end user's last {@code days} days: their totals and each day with signals. */
    public record UserActivity(
            String accountId,
            String userId,
            long activeDays,
            long signals,
            long logins,
            long featureUses,
            Instant lastSeenAt,
            List<UserDay> days) {}

    private final UserActivityReader reader;
    private final Clock clock;

    public UserActivityService(UserActivityReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /** One page of the account's users with signals in the last {@code days} days, most active days first. */
    @WithSession
    public Uni<Page<UserFigures>> users(String account, int days, int first, String after) {
        Long afterActiveDays = null;
        String afterUser = null;
        if (after != null) {
            List<String> position = Cursor.decode(after, 2);
            afterActiveDays = Cursor.longPart(position.get(0));
            afterUser = position.get(1);
        }
        return reader.users(account, from(days), afterActiveDays, afterUser, first + 1)
                .map(found -> Page.of(
                        found, first, user -> Cursor.encode(List.of(Long.toString(user.activeDays()), user.userId()))));
    }

    /** The user's last {@code days} days (today included); all zero for a user with no signals in them. */
    @WithSession
    public Uni<UserActivity> ofUser(String account, String user, int days) {
        return reader.days(account, user, from(days))
                .map(dayList -> new UserActivity(
                        account,
                        user,
                        dayList.stream().filter(day -> day.lastSeenAt() != null).count(),
                        dayList.stream().mapToLong(UserDay::signals).sum(),
                        dayList.stream().mapToLong(UserDay::logins).sum(),
                        dayList.stream().mapToLong(UserDay::featureUses).sum(),
                        dayList.stream()
                                .map(UserDay::lastSeenAt)
                                .filter(Objects::nonNull)
                                .max(Instant::compareTo)
                                .orElse(null),
                        dayList));
    }

    private LocalDate from(int days) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days - 1L);
    }
}
