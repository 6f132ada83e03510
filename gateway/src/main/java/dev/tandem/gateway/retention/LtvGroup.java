package dev.tandem.gateway.retention;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;

@Description("LTV of a touch model or segment: averageArr x grossMargin / annualLogoChurnRate; null without churn;"
        + " sampleSize is the logos the churn rate is taken over")
public record LtvGroup(
        String key,
        long accounts,
        BigDecimal averageArr,
        BigDecimal grossMargin,
        BigDecimal annualLogoChurnRate,
        long sampleSize,
        BigDecimal ltv) {}
