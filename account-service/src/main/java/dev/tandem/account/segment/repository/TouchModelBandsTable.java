package dev.tandem.account.segment.repository;

import dev.tandem.account.segment.domain.BandBasis;
import dev.tandem.account.segment.domain.PlanChurn;
import dev.tandem.account.segment.domain.TouchModelBands;
import dev.tandem.account.segment.domain.TouchModelBandsRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The touch-model bands over JDBC, for a bulk path: what {@link TouchModelBandsRepository#current} reads. Blocks. */
@ApplicationScoped
public class TouchModelBandsTable {

    /** The configured bands; the defaults if the row is missing. */
    public TouchModelBands current(Connection connection) throws SQLException {
        TouchModelBandsRow row = row(connection);
        if (row == null) {
            return TouchModelBands.DEFAULT;
        }
        return row.toBands(row.basis == BandBasis.ARR ? List.of() : plans(connection));
    }

    private static TouchModelBandsRow row(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT high_from, low_from, basis, gross_margin,"
                + " measured_on, book_starting, book_churned FROM touch_model_bands WHERE id = ?")) {
            query.setInt(1, TouchModelBandsRow.ONLY);
            try (ResultSet found = query.executeQuery()) {
                if (!found.next()) {
                    return null;
                }
                TouchModelBandsRow row = new TouchModelBandsRow();
                row.highFrom = found.getBigDecimal("high_from");
                row.lowFrom = found.getBigDecimal("low_from");
                row.basis = BandBasis.valueOf(found.getString("basis"));
                row.grossMargin = found.getBigDecimal("gross_margin");
                row.measuredOn = found.getObject("measured_on", LocalDate.class);
                row.bookStarting = found.getObject("book_starting", Long.class);
                row.bookChurned = found.getObject("book_churned", Long.class);
                return row;
            }
        }
    }

    private static List<PlanChurn> plans(Connection connection) throws SQLException {
        List<PlanChurn> plans = new ArrayList<>();
        try (PreparedStatement query =
                        connection.prepareStatement("SELECT plan, starting, churned FROM touch_model_plan_churn");
                ResultSet found = query.executeQuery()) {
            while (found.next()) {
                PlanChurn plan = new PlanChurn();
                plan.plan = found.getString("plan");
                plan.starting = found.getLong("starting");
                plan.churned = found.getLong("churned");
                plans.add(plan);
            }
        }
        return plans;
    }
}
