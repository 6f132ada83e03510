package dev.tandem.account.imports.domain;

/** Where an import job stands. */
public enum ImportStatus {
    /** Uploaded and waiting for a worker. */
    QUEUED,
    /** A worker is going through the rows. */
    RUNNING,
    /** Every row was worked through: applied, or rejected with its reasons. */
    COMPLETED,
    /** The job could not go on; {@code failure} says why, and the rows done so far stay applied. */
    FAILED
}
