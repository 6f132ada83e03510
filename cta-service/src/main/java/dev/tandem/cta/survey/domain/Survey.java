package dev.tandem.cta.survey.domain;

import java.time.Instant;
import java.util.UUID;

/** A saved version of a survey definition; never changed after saving. */
public record Survey(UUID id, int version, SurveyDefinition definition, String createdBy, Instant createdAt) {}
