package dev.tandem.content.program.service;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * What a program needs to know of its enrollments: whether there are any, as they fix its definition of success.
 * Enrollments sit above programs and answer this, so that programs need not know them.
 */
public interface ProgramEnrollments {

    /** Whether any account was ever enrolled in the program, whatever came of it. */
    Uni<Boolean> anyInProgram(UUID programId);
}
