package dev.tandem.account.audit.domain;

/**
 * Who a change is recorded for.
 *
 * @param subject the token subject of the person or client, or {@code system:<component>}
 * @param client the OAuth client (azp) the request came through; null for a system change
 */
public record Actor(String subject, String client) {

    public static Actor system(String component) {
        return new Actor("system:" + component, null);
    }
}
