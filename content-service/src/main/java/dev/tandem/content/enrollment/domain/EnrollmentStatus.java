package dev.tandem.content.enrollment.domain;

public enum EnrollmentStatus {
    IN_PROGRESS,
    SUCCEEDED,
    FAILED
}
