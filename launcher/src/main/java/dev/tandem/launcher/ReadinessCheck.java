package dev.tandem.launcher;

/** Asks a component once whether it is ready; never throws, never blocks for long. */
@FunctionalInterface
interface ReadinessCheck {

    boolean isReady();
}
