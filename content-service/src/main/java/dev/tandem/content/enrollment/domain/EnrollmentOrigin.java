package dev.tandem.content.enrollment.domain;

/** How an account came to be enrolled: by its paid contract starting, or by hand (premium programs). */
public enum EnrollmentOrigin {
    AUTOMATIC,
    MANUAL
}
