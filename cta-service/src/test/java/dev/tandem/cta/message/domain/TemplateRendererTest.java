package dev.tandem.cta.message.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    @Test
    void fillsPlaceholdersAndFallbacks() {
        String rendered = TemplateRenderer.render(
                "Hi {{ user.name | there }}, {{account.name}} scores {{score}}.{{band}}",
                Map.of("account.name", "Acme", "score", "42"));

        assertThat(rendered).isEqualTo("Hi there, Acme scores 42.");
    }

    @Test
    void valuesAreInsertedLiterally() {
        assertThat(TemplateRenderer.render("{{account.name}}", Map.of("account.name", "A$1 \\ B")))
                .isEqualTo("A$1 \\ B");
    }

    @Test
    void reportsUnknownPlaceholders() {
        assertThat(TemplateRenderer.unknownPlaceholders("{{account.name}} {{user.password}} {{nope|x}}"))
                .containsExactly("nope", "user.password");
    }
}
