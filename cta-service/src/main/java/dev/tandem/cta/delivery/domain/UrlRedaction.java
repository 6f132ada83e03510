package dev.tandem.cta.delivery.domain;

import java.net.URI;

/**
 * Webhook and messaging URLs often carry their credential in the path or query (Slack, Teams and Zapier hooks are
 * bearer secrets), so only the cs-admins who configure them see them whole; everyone else sees where they point:
 * scheme and host, with {@code /...} standing for what was left out.
 */
public final class UrlRedaction {

    private static final String LEFT_OUT = "...";

    private UrlRedaction() {}

    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return LEFT_OUT;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return LEFT_OUT;
        }
        // The host alone: user info, path, query and fragment may each hold a secret.
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        String path = uri.getRawPath();
        boolean more = (path != null && !path.isEmpty() && !path.equals("/"))
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null;
        return more ? origin + "/" + LEFT_OUT : origin;
    }
}
