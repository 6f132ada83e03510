package dev.tandem.cta.delivery.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where cta-service may send a webhook or message: anywhere on the internet, but not to the platform's own
 * neighbourhood (loopback, link-local such as cloud metadata at 169.254.169.254, private and shared ranges), unless
 * the operator names the host as allowed. A cs-admin could otherwise point a rule at the platform's database or
 * services and read their answers in delivery errors (server-side request forgery).
 */
public final class OutboundAddress {

    private OutboundAddress() {}

    /** The host (and host:port) a URL names, lower-cased, or empty when it is not a URL with a host. */
    public static Optional<URI> parse(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the operator allowed this URL's host, by name or by {@code host:port}. */
    public static boolean allowed(URI uri, Set<String> allowedHosts) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return allowedHosts.contains(host) || allowedHosts.contains(host + ":" + port);
    }

    /** Why an address may not be called, or empty when it is a public one. */
    public static Optional<String> refusalOf(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("is a loopback address");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("is the unspecified address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("is a link-local address");
        }
        if (address.isSiteLocalAddress() || isUniqueLocal(address)) {
            return Optional.of("is a private address");
        }
        if (isSharedAddressSpace(address)) {
            return Optional.of("is in the shared address space (100.64.0.0/10)");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("is a multicast address");
        }
        return Optional.empty();
    }

    /** The first refusal among the addresses a host resolves to: one private address is enough to refuse. */
    public static Optional<String> refusalOfAny(Collection<InetAddress> addresses) {
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusalOf(address);
            if (refusal.isPresent()) {
                return Optional.of(address.getHostAddress() + " " + refusal.get());
            }
        }
        return Optional.empty();
    }

    /** A host written as an IP literal, or localhost: judged without a DNS lookup, when a rule is saved. */
    public static Optional<String> refusalOfLiteral(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost") || bare.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
            return Optional.of("is a loopback address");
        }
        if (!looksLikeIpLiteral(bare)) {
            return Optional.empty();
        }
        try {
            // A literal: no lookup happens.
            return refusalOf(InetAddress.getByName(bare));
        } catch (java.net.UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean looksLikeIpLiteral(String host) {
        return host.contains(":") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    private static boolean isSharedAddressSpace(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }
}
