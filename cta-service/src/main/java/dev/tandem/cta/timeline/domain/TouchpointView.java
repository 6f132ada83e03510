package dev.tandem.cta.timeline.domain;

import java.util.List;

/** A touchpoint with its participants, as it is read. */
public record TouchpointView(Touchpoint touchpoint, List<Participant> participants, List<String> colleagues) {}
