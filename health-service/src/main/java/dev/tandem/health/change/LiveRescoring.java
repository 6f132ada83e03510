package dev.tandem.health.change;

import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Whether today's scores are behind: account changes wait unclaimed (the refresher is busy with older ones), or a
 * scorecard change is rescoring every account. Work that can wait, such as computing score history again, gives way
 * to these ({@link ChangeDrain.GiveWay}).
 */
@ApplicationScoped
public class LiveRescoring {

    private static final String BEHIND = "SELECT EXISTS (SELECT 1 FROM score_change"
            + " WHERE claimed_until IS NULL OR claimed_until < now())"
            + " OR EXISTS (SELECT 1 FROM rescore_job WHERE status IN ('QUEUED', 'RUNNING'))";

    /** Call inside a session. */
    public Uni<Boolean> behind() {
        return NativeSql.rows(BEHIND, Map.of()).map(rows -> {
            // A query of one column gives its values, not rows of one value.
            Object first = ((List<?>) rows).get(0);
            return Boolean.TRUE.equals(first instanceof Object[] values ? values[0] : first);
        });
    }
}
