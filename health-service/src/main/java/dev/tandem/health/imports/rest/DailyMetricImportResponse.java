package dev.tandem.health.imports.rest;

import dev.tandem.health.imports.domain.RowError;
import java.util.List;

/**
 * What an import of daily metric values did: the rows read (header excluded), those imported and those rejected, with
 * why (the first 1,000).
 */
public record DailyMetricImportResponse(int rows, int imported, int rejected, List<RowError> errors) {}
