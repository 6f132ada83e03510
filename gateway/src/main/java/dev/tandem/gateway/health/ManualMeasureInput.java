package dev.tandem.gateway.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ManualMeasureInput")
@Description("Points (0-100) on a MANUAL measure until a day at most a year ahead; the score follows within seconds.")
public record ManualMeasureInput(
        @NonNull BigDecimal points, @NonNull LocalDate expiresOn, String note) {}
