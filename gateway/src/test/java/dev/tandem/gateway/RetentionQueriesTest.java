package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retention figures in GraphQL, typed, as account-service computes them. */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class RetentionQueriesTest {

    private static final String RETENTION = """
            query Retention($period: String, $from: Date, $to: Date, $by: [RetentionBreakdownBy]) {
              retention(period: $period, from: $from, to: $to, breakdowns: $by) {
                from to
                total {
                  movements { startingArr newArr expansionArr contractionArr churnedArr endingArr churnedLogos }
                  renewals { due renewed churned pending }
                  logoChurnRate grossRevenueRetention netRevenueRetention renewalRate bridgeAddsUp
                }
                breakdowns { by groups { key metrics { movements { endingArr } } } }
              }
            }
            """;

    @Test
    void aQuartersFiguresWithBreakdownsArePassedOnAndTyped() {
        GraphQL.as(TestTokens.VIEWER, RETENTION, Map.of("period", "2026-Q1", "by", List.of("TOUCH_MODEL", "CSM")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.retention.from", equalTo("2026-01-01"))
                .body("data.retention.total.movements.startingArr", equalTo(36000))
                .body("data.retention.total.movements.churnedArr", equalTo(14000))
                .body("data.retention.total.movements.endingArr", equalTo(26000))
                .body("data.retention.total.grossRevenueRetention", equalTo(0.5278f))
                .body("data.retention.total.renewals.due", equalTo(3))
                .body("data.retention.total.bridgeAddsUp", equalTo(true))
                .body("data.retention.breakdowns[1].by", equalTo("csm"))
                .body("data.retention.breakdowns[0].groups[0].key", equalTo("LOW"));
        assertThat(lastQuery("/api/v1/retention/metrics"))
                .containsEntry("period", List.of("2026-Q1"))
                .containsEntry("breakdown", List.of("touchModel", "csm"));
    }

    @Test
    void aPeriodAccountServiceRefusesIsAValidationErrorNamingTheParameter() {
        GraphQL.as(TestTokens.CSM, RETENTION, Map.of("from", "2026-03-01", "to", "2026-02-01"))
                .statusCode(200)
                .body("data.retention", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("to: must not be before from"));
    }

    @Test
    void theRenewalsForecastSeriesAndLtv() {
        GraphQL.as(TestTokens.CS_ADMIN, """
                        {
                          renewalForecast(days: 90) {
                            arr arrAtRisk expectedArr
                            bands { band historicalRenewalRate sampleSize expectedArr }
                            renewals { accountId contractId arr renewsOn csmId band score }
                          }
                          retentionSeries(period: "2026-01") { month metrics { bridgeAddsUp } }
                          lifetimeValue { grossMargin byTouchModel { key ltv sampleSize } bySegment { key } }
                        }
                        """)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.renewalForecast.arrAtRisk", equalTo(40000))
                .body("data.renewalForecast.bands[0].sampleSize", equalTo(4))
                .body("data.renewalForecast.renewals[0].renewsOn", equalTo("2026-12-20"))
                .body("data.renewalForecast.renewals[0].band", equalTo("RED"))
                .body("data.retentionSeries[0].month", equalTo("2026-01"))
                .body("data.lifetimeValue.byTouchModel[0].ltv", equalTo(80000))
                .body("data.lifetimeValue.bySegment[0].key", equalTo("LOW+COMMUNITY"));
        assertThat(lastQuery("/api/v1/retention/renewals")).containsEntry("days", List.of("90"));
    }

    private static Map<String, List<String>> lastQuery(String path) {
        return FakeServices.lastQuery("GET " + path);
    }
}
