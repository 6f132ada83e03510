package dev.tandem.cta.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboundAddressTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback",
        "localhost, loopback",
        "db.localhost, loopback",
        "2130706433, loopback",
        "[::1], loopback",
        "0.0.0.0, unspecified",
        "169.254.169.254, link-local",
        "[fe80::1], link-local",
        "10.1.2.3, private",
        "172.16.0.5, private",
        "192.168.1.1, private",
        "[fd00::5], private",
        "100.64.0.1, shared address space",
        "224.0.0.1, multicast"
    })
    void hostsOfThePlatformsOwnNetworkAreRefusedWithoutALookup(String host, String reason) {
        assertThat(OutboundAddress.refusalOfLiteral(host))
                .hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @ParameterizedTest
    @CsvSource({"93.184.216.34", "hooks.example.com", "[2606:4700::1111]", "100.128.0.1"})
    void publicHostsAndNamesPassWhenSaved(String host) {
        assertThat(OutboundAddress.refusalOfLiteral(host)).isEmpty();
    }

    @Test
    void oneResolvedPrivateAddressIsEnoughToRefuse() throws Exception {
        InetAddress publicOne =
                InetAddress.getByAddress("hooks.example.com", new byte[] {93, (byte) 184, (byte) 216, 34});
        InetAddress rebound = InetAddress.getByAddress("hooks.example.com", new byte[] {10, 0, 0, 7});

        assertThat(OutboundAddress.refusalOfAny(List.of(publicOne))).isEmpty();
        assertThat(OutboundAddress.refusalOfAny(List.of(publicOne, rebound))).hasValue("10.0.0.7 is a private address");
    }

    @Test
    void anOperatorAllowsAHostByNameOrByNameAndPort() {
        URI receiver = URI.create("http://10.0.0.7:8090/hooks");
        assertThat(OutboundAddress.allowed(receiver, Set.of("10.0.0.7"))).isTrue();
        assertThat(OutboundAddress.allowed(receiver, Set.of("10.0.0.7:8090"))).isTrue();
        assertThat(OutboundAddress.allowed(receiver, Set.of("10.0.0.7:9000"))).isFalse();
        assertThat(OutboundAddress.allowed(URI.create("https://Hooks.Example.com/x"), Set.of("hooks.example.com:443")))
                .isTrue();
    }
}
