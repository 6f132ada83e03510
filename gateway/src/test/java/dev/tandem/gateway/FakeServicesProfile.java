package dev.tandem.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Names the test's gateway itself, with {@link FakeServices} in it, as every one of the four services. */
public class FakeServicesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        String self = "http://localhost:" + SelfAsDownstreamProfile.FAKES;
        return Map.of(
                "quarkus.http.test-port", String.valueOf(SelfAsDownstreamProfile.FAKES),
                "tandem.services.account.url", self,
                "tandem.services.health.url", self,
                "tandem.services.cta.url", self,
                "tandem.services.content.url", self);
    }
}
