package dev.tandem.gateway.retention;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;

@Description("Renewals coming up in one health band (RED, YELLOW, GREEN, NA) and the ARR expected of them: the band's"
        + " historical renewal rate (with its sample size) times their ARR, or their plain sum without history")
public record BandForecast(
        String band,
        long contracts,
        BigDecimal arr,
        BigDecimal historicalRenewalRate,
        long sampleSize,
        BigDecimal expectedArr) {}
