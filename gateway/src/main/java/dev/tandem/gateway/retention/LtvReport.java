package dev.tandem.gateway.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record LtvReport(
        LocalDate from,
        LocalDate asOf,
        BigDecimal grossMargin,
        List<LtvGroup> byTouchModel,
        List<LtvGroup> bySegment) {}
