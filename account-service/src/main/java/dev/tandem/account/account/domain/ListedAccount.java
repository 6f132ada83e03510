package dev.tandem.account.account.domain;

/**
 * An account in a list, with its health score as this service last heard it (null for N/A or not scored): the score
 * is a sort key, so the page's cursor needs it, but it is not shown.
 */
public record ListedAccount(Account account, Integer score) {}
