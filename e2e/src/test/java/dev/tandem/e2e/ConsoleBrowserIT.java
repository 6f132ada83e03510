package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.PlatformException;
import dev.tandem.simulator.platform.TokenSource;
import dev.tandem.simulator.run.Credentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The console in headless Chromium against the whole stack: a CSM signs in on Keycloak's page, finds their account in
 * the portfolio, opens its 360 view, comments on and closes a CTA in the cockpit, which then no longer lists it, and
 * sees a CTA closed elsewhere leave it live (the ctaChanged subscription); a viewer finds no
 * write control anywhere; a session Keycloak will not renew returns to sign-in; a cs-admin opens the admin page, sees
 * a refused scorecard priority's reason at the field, and opens retention with the churn analysis. Each page is
 * photographed (README's pictures: {@code -Dtandem.screenshots=docs/console}).
 */
class ConsoleBrowserIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String ACCOUNT = "console-" + RUN;
    private static final String NAME = "Console Co " + RUN;

    private static LocalStack stack;
    private static URI console;
    private static PlatformClient admin;
    private static Endpoints endpoints;
    private static String accountId;
    private static String riskCta;
    private static String expansionCta;
    private static String reviewCta;

    @BeforeAll
    static void seedThroughThePublicApis() {
        Browser.requireInstalled();
        stack = LocalStack.shared();
        endpoints = stack.endpoints();
        console = stack.gateway().resolve("/console/");
        Credentials credentials = Credentials.localStack();
        HttpClient http = PlatformClient.newHttpClient();
        admin = new PlatformClient(
                http,
                TokenSource.password(
                        http,
                        endpoints.tokenEndpoint(),
                        credentials.userClient(),
                        credentials.adminUser(),
                        credentials.adminPassword()));
        String carlId = TokenSource.password(
                        http,
                        endpoints.tokenEndpoint(),
                        credentials.userClient(),
                        credentials.firstCsm(),
                        credentials.firstCsmPassword())
                .subject();
        PlatformClient integrator = new PlatformClient(
                http,
                TokenSource.clientCredentials(
                        http,
                        endpoints.tokenEndpoint(),
                        credentials.integratorClient(),
                        credentials.integratorSecret()));

        URI account = endpoints.account().resolve("/api/v1/accounts/" + ACCOUNT);
        integrator.put(account, Map.of("name", NAME, "industry", "Software", "plan", "business"));
        integrator.put(account.resolve(ACCOUNT + "/contracts/" + ACCOUNT + "-1"), contract());
        for (int person = 1; person <= 3; person++) {
            integrator.put(
                    account.resolve(ACCOUNT + "/users/" + ACCOUNT + "-u" + person),
                    Map.of("email", "person" + person + "@" + RUN + ".example", "name", "Person " + person));
        }
        integrator.post(endpoints.health().resolve("/api/v1/signals"), Map.of("signals", signals()));
        accountId =
                admin.patch(account, Map.of("csmUsername", "carl")).path("id").asText();
        riskCta = open(accountId, "RISK", "Usage fell " + RUN, carlId);
        expansionCta = open(accountId, "EXPANSION", "Asks for more seats " + RUN, carlId);
        // Left open by every test, for the viewer to look at whichever runs first.
        reviewCta = open(accountId, "LIFECYCLE", "Quarterly review " + RUN, carlId);
        Eventually.poll(
                PATIENCE,
                () -> admin.get(endpoints.health().resolve("/api/v1/accounts/" + ACCOUNT + "/health")),
                health -> health.path("score").isInt());
    }

    @Test
    void aCsmSignsInFindsTheAccountAndClosesACtaThatThenLeavesTheCockpit() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.keepingEvidence("aCsmSignsInFindsTheAccountAndClosesACtaThatThenLeavesTheCockpit", () -> {
                signIn(browser, "carl");

                browser.waitFor(By.id("figure-at-risk"));
                WebElement name = browser.waitFor(By.id("filter-name"));
                browser.waitFor(By.id("accounts"));
                browser.screenshot("portfolio");

                name.sendKeys(RUN, Keys.ENTER);
                browser.waitForText(By.id("accounts"), NAME);
                browser.click(By.linkText(NAME));
                browser.waitForText(By.tagName("h1"), NAME);
                browser.waitFor(cta(riskCta));
                assertThat(browser.driver().findElement(By.id("explanation")).getText())
                        .contains("Contracted seats in use", "Contribution");
                assertThat(browser.driver().findElement(By.id("contracts")).getText())
                        .contains("$300,000");
                assertThat(browser.driver().findElement(By.id("users")).getText())
                        .contains("Person 1");
                browser.screenshot("account");

                browser.click(By.linkText("Cockpit"));
                browser.waitFor(cta(riskCta));
                browser.waitFor(cta(expansionCta));
                browser.waitForText(By.id("liveness"), "Live:");
                browser.screenshot("cockpit");

                WebElement card = browser.driver().findElement(cta(riskCta));
                card.findElement(By.xpath(".//summary[text()='Comment']")).click();
                card.findElement(By.name("body")).sendKeys("Called them: a new admin, training booked " + RUN);
                card.findElement(By.xpath(".//button[text()='Add comment']")).click();
                // Once stored, the cockpit reloads: its forms come back closed.
                browser.waitUntilGone(By.id("comment-body-" + riskCta));
                card = browser.driver().findElement(cta(riskCta));
                card.findElement(By.xpath(".//summary[text()='Close']")).click();
                card.findElement(By.xpath(".//button[text()='Close CTA']")).click();

                browser.waitUntilGone(cta(riskCta));
                assertThat(browser.driver().findElements(cta(expansionCta))).hasSize(1);
                JsonNode closed = admin.get(endpoints.cta().resolve("/api/v1/ctas/" + riskCta));
                assertThat(closed.path("cta").path("status").asText()).isEqualTo("CLOSED_SUCCESS");
                assertThat(closed.path("comments").toString()).contains("training booked " + RUN);

                // Closed elsewhere (here by the cs-admin over REST): the subscription brings the change, no reload.
                admin.post(
                        endpoints.cta().resolve("/api/v1/ctas/" + expansionCta + "/close"),
                        Map.of("outcome", "CLOSED_LOST", "reason", "Bought elsewhere " + RUN));
                browser.waitUntilGone(cta(expansionCta));
            });
        }
    }

    @Test
    void aViewerSeesTheAccountButNoWriteControlAnywhere() {
        try (Browser browser = Browser.open(1024, 1366)) {
            browser.keepingEvidence("aViewerSeesTheAccountButNoWriteControlAnywhere", () -> {
                signIn(browser, "vera");
                browser.waitFor(By.id("figure-accounts"));

                assertThat(browser.driver()
                                .findElement(By.linkText("Portfolio"))
                                .isDisplayed())
                        .isTrue();
                assertThat(browser.driver().findElements(By.linkText("Cockpit")))
                        .allMatch(link -> !link.isDisplayed());
                assertThat(browser.driver().findElements(By.linkText("Admin"))).allMatch(link -> !link.isDisplayed());

                browser.go(console.resolve("#/account/" + ACCOUNT));
                browser.waitForText(By.tagName("h1"), NAME);
                browser.waitFor(cta(reviewCta));
                assertThat(browser.driver().findElements(By.cssSelector("#ctas .actions, #ctas form, #ctas button")))
                        .isEmpty();
                assertThat(browser.driver().findElements(By.cssSelector("#ctas input")))
                        .allMatch(input -> !input.isEnabled());
                browser.screenshot("account-viewer-tablet");

                browser.go(console.resolve("#/cockpit"));
                browser.waitForText(By.tagName("h1"), "Not here");
            });
        }
    }

    @Test
    void aSessionKeycloakWillNotRenewReturnsToSignIn() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.keepingEvidence("aSessionKeycloakWillNotRenewReturnsToSignIn", () -> {
                signIn(browser, "cleo");
                browser.waitFor(By.id("figure-accounts"));

                // The access token ran out and the refresh token is no longer honoured (as after the SSO session's idle
                // time): the console must ask Keycloak, be refused, and end the session.
                browser.script("const session = JSON.parse(sessionStorage.getItem('tandem.session'));"
                        + "session.expiresAt = 0; session.refreshToken = session.refreshToken.slice(0, -8) + 'revoked0';"
                        + "sessionStorage.setItem('tandem.session', JSON.stringify(session));");
                browser.driver().navigate().refresh();

                browser.waitFor(By.id("session-expired"));
                assertThat(browser.driver().findElement(By.id("sign-in")).isDisplayed())
                        .isTrue();
                assertThat(browser.script("return sessionStorage.getItem('tandem.session')"))
                        .isNull();
                browser.screenshot("session-expired");
            });
        }
    }

    @Test
    void aCsAdminOpensScorecardsRulesProgramsAndContent() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.keepingEvidence("aCsAdminOpensScorecardsRulesProgramsAndContent", () -> {
                signIn(browser, "ada");
                browser.waitFor(By.id("figure-accounts"));
                browser.click(By.linkText("Admin"));
                browser.waitFor(By.id("scorecards"));
                browser.waitFor(By.id("content-gaps"));
                assertThat(browser.driver().findElements(By.cssSelector("form.scorecard")))
                        .isNotEmpty();
                browser.screenshot("admin");

                // A priority health-service refuses: its reason shows at the field, and nothing is saved.
                WebElement form = browser.driver().findElement(By.cssSelector("form.scorecard"));
                WebElement priority = form.findElement(By.cssSelector("[data-field='priority'] input"));
                priority.clear();
                priority.sendKeys("20000");
                form.findElement(By.xpath(".//button[text()='Save scorecard']")).click();
                browser.waitForText(
                        By.cssSelector("form.scorecard [data-field='priority'] .field-error"), "between 0 and 10000");
                assertThat(priority.getAttribute("aria-invalid")).isEqualTo("true");
                assertThat(form.findElement(By.cssSelector(".saved")).getText()).isEmpty();
                browser.waitFor(By.id("rules"));
                browser.waitFor(By.id("programs"));

                // Retention for everyone, and for a cs-admin what the churn analysis found (or that none ran yet).
                browser.click(By.linkText("Retention"));
                browser.waitFor(By.id("retention-series"));
                browser.waitFor(By.id("churn-analysis"));
                browser.screenshot("retention");
            });
        }
    }

    private static void signIn(Browser browser, String user) {
        browser.go(console);
        browser.waitFor(By.id("sign-in")).click();
        browser.signInAtKeycloak(user, "dev-only-" + user);
        browser.waitFor(By.id("who"));
    }

    private static By cta(String id) {
        return By.cssSelector("article[data-cta='" + id + "']");
    }

    /** Ten days of use by three people: logins, their seats, two features, an NPS answer. */
    private static List<Map<String, Object>> signals() {
        Instant now = Instant.now();
        List<Map<String, Object>> signals = new ArrayList<>();
        for (int person = 1; person <= 3; person++) {
            String user = ACCOUNT + "-u" + person;
            signals.add(signal("seat_activated", user, null, now.minus(10, ChronoUnit.DAYS), null));
            for (int day = 1; day <= 10; day += person) {
                signals.add(signal("login", user, null, now.minus(day, ChronoUnit.DAYS), null));
            }
        }
        signals.add(signal("feature_used", ACCOUNT + "-u1", "dashboards", now.minus(2, ChronoUnit.DAYS), null));
        signals.add(signal("feature_used", ACCOUNT + "-u2", "reports", now.minus(1, ChronoUnit.DAYS), null));
        signals.add(signal("nps_response", ACCOUNT + "-u1", null, now.minus(1, ChronoUnit.DAYS), 6.0));
        return signals;
    }

    private static Map<String, Object> signal(String type, String user, String name, Instant at, Double value) {
        return SignalBodies.signal(ACCOUNT, type, user, name, at, value);
    }

    /**
     * A large account renewing soon, so that its URGENT CTAs rank among carl's first even when other suites have given
     * carl a simulated company's book.
     */
    private static Map<String, Object> contract() {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("plan", "business");
        contract.put("arr", 300_000);
        contract.put("currency", "USD");
        contract.put("seats", 20);
        contract.put("startDate", LocalDate.now().minusDays(40).toString());
        contract.put("renewalDate", LocalDate.now().plusDays(25).toString());
        contract.put("autoRenew", true);
        contract.put("status", "ACTIVE");
        return contract;
    }

    /** A CTA for carl, once cta-service has heard of the account (until then it answers 400 naming accountId). */
    private static String open(String account, String type, String reason, String owner) {
        JsonNode cta = Eventually.poll(
                PATIENCE,
                () -> {
                    try {
                        return admin.post(
                                endpoints.cta().resolve("/api/v1/ctas"),
                                Map.of(
                                        "accountId",
                                        account,
                                        "type",
                                        type,
                                        "reason",
                                        reason,
                                        "ownerId",
                                        owner,
                                        "priority",
                                        "URGENT"));
                    } catch (PlatformException e) {
                        if (e.status() == 400 && e.getMessage().contains("accountId")) {
                            return MissingNode.getInstance();
                        }
                        throw e;
                    }
                },
                opened -> opened.hasNonNull("id"));
        return cta.path("id").asText();
    }
}
