package dev.tandem.cta.delivery.service;

import dev.tandem.cta.delivery.config.DeliveryConfig;
import dev.tandem.cta.delivery.domain.OutboundAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Applies {@link OutboundAddress} with the operator's allowances: when a rule is saved (the URL as written, no
 * lookup) and again before each delivery (every address the host resolves to now, since a name can be pointed at
 * a private address after the rule was saved).
 */
@ApplicationScoped
public class OutboundPolicy {

    private static final String HOW_TO_ALLOW =
            " (an operator may allow the host with tandem.cta.delivery.allowed-private-hosts)";

    private final Set<String> allowedHosts = new HashSet<>();

    public OutboundPolicy(DeliveryConfig config) {
        config.allowedPrivateHosts().orElse(List.of()).stream()
                .map(host -> host.strip().toLowerCase(Locale.ROOT))
                .forEach(allowedHosts::add);
        config.messageUrl().flatMap(OutboundAddress::parse).ifPresent(uri -> {
            allowedHosts.add(uri.getHost().toLowerCase(Locale.ROOT));
        });
    }

    /** Why a URL written into a rule may not be called, or empty. */
    public Optional<String> refusalOfWritten(String url) {
        Optional<URI> uri = OutboundAddress.parse(url);
        if (uri.isEmpty()) {
            return Optional.of("must be an http or https URL with a host");
        }
        if (OutboundAddress.allowed(uri.get(), allowedHosts)) {
            return Optional.empty();
        }
        return OutboundAddress.refusalOfLiteral(uri.get().getHost())
                .map(reason -> "must not point to the platform's own network: "
                        + uri.get().getHost() + " " + reason + HOW_TO_ALLOW);
    }

    /** Why a delivery to this URL may not go out now, or empty; resolves the host, so call it off the event loop. */
    public Optional<String> refusalBeforeSending(String url) {
        Optional<URI> uri = OutboundAddress.parse(url);
        if (uri.isEmpty()) {
            return Optional.of("not an http or https URL with a host");
        }
        if (OutboundAddress.allowed(uri.get(), allowedHosts)) {
            return Optional.empty();
        }
        try {
            return OutboundAddress.refusalOfAny(
                            List.of(InetAddress.getAllByName(uri.get().getHost())))
                    .map(reason -> "refused: " + uri.get().getHost() + " resolves to " + reason + HOW_TO_ALLOW);
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + uri.get().getHost());
        }
    }
}
