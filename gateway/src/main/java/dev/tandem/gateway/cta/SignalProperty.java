package dev.tandem.gateway.cta;

import org.eclipse.microprofile.graphql.NonNull;

/** One property a signal must carry with this value (compared as text). */
public record SignalProperty(@NonNull String key, @NonNull String value) {}
