package dev.tandem.cta.account.domain;

import java.time.Instant;

/** A health score the account had at a moment: its history, which score-drop windows look back over. */
public record ScorePoint(Instant at, int score) {}
