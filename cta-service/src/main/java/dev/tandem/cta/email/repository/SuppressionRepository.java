package dev.tandem.cta.email.repository;

import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;

/** Addresses no e-mail goes to any more. The first reason recorded stays: a bounce after an unsubscribe changes nothing. */
@ApplicationScoped
public class SuppressionRepository {

    public Uni<Void> suppress(String email, String reason, String detail, Instant at) {
        return NativeSql.execute(
                """
                INSERT INTO email_suppression (email, reason, detail, created_at) VALUES (:email, :reason, :detail, :at)
                ON CONFLICT (email) DO NOTHING
                """, Map.of("email", email, "reason", reason, "detail", detail == null ? "" : detail, "at", at));
    }
}
