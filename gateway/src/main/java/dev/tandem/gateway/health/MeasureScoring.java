package dev.tandem.gateway.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;

/** How one measure is scored: LINEAR uses the from/to pairs, THRESHOLD the thresholds, MANUAL neither. */
@Description("How one measure is scored: LINEAR uses fromValue/fromPoints and toValue/toPoints, THRESHOLD the"
        + " thresholds, MANUAL neither")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasureScoring(
        ScoringType type,
        BigDecimal fromValue,
        BigDecimal fromPoints,
        BigDecimal toValue,
        BigDecimal toPoints,
        List<Threshold> thresholds) {

    /** From this value of the metric on, these points (the highest threshold reached counts). */
    @Type("ScoringThreshold")
    @Input("ScoringThresholdInput")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Threshold(BigDecimal atLeast, BigDecimal points) {}
}
