package dev.tandem.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console runs under a CSP of {@code 'self'} with no bundler: every module it imports and every file its page
 * names must be one of its own files, and nothing may need inline script or style.
 */
class ConsoleFilesTest {

    private static final Path ROOT = Path.of("src/main/resources/META-INF/resources/console");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import .* from '([^']+)';$");
    private static final Pattern PAGE_REFERENCE = Pattern.compile("(?:src|href)=\"([^\"#]+)\"");

    @Test
    void everyImportIsAFileOfTheConsole() {
        List<String> missing = new ArrayList<>();
        for (Path script : files(".js")) {
            Matcher matcher = IMPORT.matcher(read(script));
            while (matcher.find()) {
                String target = matcher.group(1);
                if (!target.startsWith("./") && !target.startsWith("../")
                        || !Files.isRegularFile(
                                script.getParent().resolve(target).normalize())) {
                    missing.add(ROOT.relativize(script) + " imports " + target);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void thePageLoadsOnlyItsOwnFilesAndHasNoInlineScriptOrStyle() {
        String page = read(ROOT.resolve("index.html"));
        Matcher matcher = PAGE_REFERENCE.matcher(page);
        List<String> references = new ArrayList<>();
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        assertThat(references).containsExactlyInAnyOrder("css/console.css", "js/main.js");
        assertThat(references).allMatch(reference -> Files.isRegularFile(ROOT.resolve(reference)));
        assertThat(page).doesNotContain("style=", "<style", "onclick=", "javascript:");
        assertThat(page.split("<script").length - 1).isEqualTo(1);
    }

    @Test
    void scriptsNeverWriteHtmlOrEvaluateText() {
        for (Path script : files(".js")) {
            // SVG's namespace is a name, not an address.
            assertThat(read(script).replace("'http://www.w3.org/2000/svg'", "'svg'"))
                    .as(ROOT.relativize(script).toString())
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "eval(", "new Function(")
                    .doesNotContain("http://", "https://");
        }
    }

    private static List<Path> files(String suffix) {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
