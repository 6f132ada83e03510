package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account timeline merges five services' lists newest first (ties by kind, then id), pages them with its own
 * cursor, asks each source for at most a page, filters by kind, touchpoint type and person, and is for people only.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class TimelineTest {

    private static final String TIMELINE = """
            query Timeline($account: String!, $first: Int, $after: String, $types: [TimelineKind],
                           $touchpointTypes: [String], $person: String) {
              account(externalId: $account) {
                timeline(first: $first, after: $after, types: $types, touchpointTypes: $touchpointTypes,
                         person: $person) {
                  edges {
                    cursor
                    node {
                      __typename occurredAt kind summary
                      ... on TouchpointItem { type authorId participants { userId role } sentiment }
                      ... on CtaItem { ctaId status ownerId }
                      ... on BandChangeItem { score band previousBand }
                      ... on OnboardingItem { programName milestoneName }
                      ... on ContractItem { actor }
                    }
                  }
                  pageInfo { hasNextPage endCursor }
                }
              }
            }
            """;

    private static final List<String> ALL_KINDS = List.of(
            "ONBOARDING_SUCCEEDED",
            "TOUCHPOINT",
            "CTA_CLOSED",
            "CTA_OPENED",
            "BAND_CHANGED",
            "CONTRACT_RENEWED",
            "TOUCHPOINT",
            "TOUCHPOINT",
            "MILESTONE_REACHED",
            "CONTRACT_STARTED",
            "ONBOARDING_ENROLLED");

    @BeforeEach
    void forgetEarlierCalls() {
        FakeServices.reset();
    }

    @Test
    void theFiveSourcesAreMergedNewestFirstWithTiesByKind() {
        JsonPath page = timeline(TestTokens.VIEWER, variables(50, null));

        assertThat(page.getList("edges.node.kind")).containsExactlyElementsOf(ALL_KINDS);
        assertThat(page.getList("edges.node.__typename"))
                .startsWith("OnboardingItem", "TouchpointItem", "CtaItem", "CtaItem", "BandChangeItem", "ContractItem");
        assertThat(page.getString("edges[1].node.summary")).isEqualTo("CALL: Renewal call");
        assertThat(page.getList("edges[1].node.participants.userId")).containsExactly(FakeTimeline.DECISION_MAKER);
        assertThat(page.getList("edges[1].node.participants.role")).containsExactly("DECISION_MAKER");
        assertThat(page.getString("edges[4].node.summary")).isEqualTo("Health moved from YELLOW to GREEN (score 72)");
        assertThat(page.getString("edges[8].node.milestoneName")).isEqualTo("CRM connected");
        assertThat(page.getBoolean("pageInfo.hasNextPage")).isFalse();
        for (String source : List.of(
                "/api/v1/accounts/:accountId/touchpoints",
                "/api/v1/accounts/:accountId/cta-events",
                "/api/v1/accounts/:externalId/health/band-changes",
                "/api/v1/accounts/:accountId/onboarding-events",
                "/api/v1/accounts/:externalId/contract-changes")) {
            assertThat(FakeServices.calls("GET " + source)).as(source).isEqualTo(1);
        }
        assertThat(FakeServices.lastQuery("GET /api/v1/accounts/:accountId/cta-events"))
                .as("a page's worth from each source, from the newest on")
                .isEqualTo(Map.of("limit", List.of("50")));
    }

    @Test
    void pagesFollowEachOtherThroughTheCursorAcrossSourcesWithoutGapsOrRepeats() {
        List<String> kinds = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonPath page = timeline(TestTokens.CSM, variables(4, after));
            kinds.addAll(page.getList("edges.node.kind"));
            cursors.addAll(page.getList("edges.cursor"));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
            pages++;
        } while (after != null && pages < 10);

        assertThat(kinds).containsExactlyElementsOf(ALL_KINDS);
        assertThat(pages).isEqualTo(3);
        assertThat(cursors).doesNotHaveDuplicates();
        assertThat(FakeServices.lastQuery("GET /api/v1/accounts/:accountId/onboarding-events")
                        .get("before"))
                .as("the next page asks from the cursor's time")
                .containsExactly("2026-11-01T09:00:00Z");
    }

    @Test
    void kindsTouchpointTypesAndPeopleFilterAndOnlySourcesThatCanAnswerAreAsked() {
        Map<String, Object> touchpoints = variables(50, null);
        touchpoints.put("types", List.of("TOUCHPOINT"));
        touchpoints.put("touchpointTypes", List.of("QBR", "EMAIL"));
        JsonPath page = timeline(TestTokens.VIEWER, touchpoints);
        assertThat(page.getList("edges.node.type")).containsExactly("QBR", "EMAIL");
        assertThat(FakeServices.totalCalls()).as("touchpoints only").isEqualTo(2);

        FakeServices.reset();
        Map<String, Object> ana = variables(50, null);
        ana.put("person", "csm-ana");
        assertThat(timeline(TestTokens.VIEWER, ana).getList("edges.node.kind"))
                .containsExactly("TOUCHPOINT", "CTA_CLOSED", "CTA_OPENED");
        assertThat(FakeServices.calls("GET /api/v1/accounts/:externalId/health/band-changes"))
                .as("band changes name nobody")
                .isZero();

        Map<String, Object> decisionMaker = variables(50, null);
        decisionMaker.put("person", FakeTimeline.DECISION_MAKER);
        assertThat(timeline(TestTokens.VIEWER, decisionMaker).getList("edges.node.summary"))
                .containsExactly("CALL: Renewal call");
    }

    @Test
    void theTimelineIsForPeopleAndBadArgumentsAreRefusedByName() {
        GraphQL.withToken(TestTokens.forClient("crm-sync", TestTokens.INTEGRATOR), TIMELINE, variables(10, null))
                .statusCode(200)
                .body("errors.extensions.code", hasItem("FORBIDDEN"));
        GraphQL.as(TestTokens.VIEWER, TIMELINE, variables(10, "not-a-cursor"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("after"));
        Map<String, Object> person = variables(10, null);
        person.put("person", "x".repeat(201));
        GraphQL.as(TestTokens.VIEWER, TIMELINE, person)
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("person"));
        GraphQL.as(TestTokens.VIEWER, TIMELINE, variables(201, null))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void aTimelinePageCountsItsRowsForFairUse() {
        // 20 accounts of 200 rows' timelines ask for 4,020 rows: refused before any service is called.
        GraphQL.as(
                        TestTokens.VIEWER,
                        "{ accounts(first: 20) { edges { node { timeline(first: 200) {" + " edges { cursor } } } } } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        assertThat(FakeServices.totalCalls()).isZero();
    }

    private static JsonPath timeline(String role, Map<String, Object> variables) {
        return GraphQL.as(role, TIMELINE, variables)
                .statusCode(200)
                .body("errors", nullValue())
                .extract()
                .jsonPath()
                .setRootPath("data.account.timeline");
    }

    private static Map<String, Object> variables(int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("account", "acme-0");
        variables.put("first", first);
        variables.put("after", after);
        return variables;
    }
}
