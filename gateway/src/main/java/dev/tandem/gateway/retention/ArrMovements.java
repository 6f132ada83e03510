package dev.tandem.gateway.retention;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;

@Description("How ARR moved over a period, account by account (ARR the day before the period against its last day);"
        + " startingArr + newArr + expansionArr - contractionArr - churnedArr = endingArr, exactly")
public record ArrMovements(
        long startingLogos,
        BigDecimal startingArr,
        long newLogos,
        BigDecimal newArr,
        long expandedLogos,
        BigDecimal expansionArr,
        long contractedLogos,
        BigDecimal contractionArr,
        long churnedLogos,
        BigDecimal churnedArr,
        long endingLogos,
        BigDecimal endingArr) {}
