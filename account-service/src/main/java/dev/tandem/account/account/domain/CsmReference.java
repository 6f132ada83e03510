package dev.tandem.account.account.domain;

/**
 * A CSM named by e-mail or user name rather than by subject id, to be looked up in the team directory.
 *
 * @param field the request field that named them, for the error when no one in the directory matches
 */
public record CsmReference(Kind kind, String field, String value) {

    public enum Kind {
        EMAIL,
        USERNAME
    }
}
