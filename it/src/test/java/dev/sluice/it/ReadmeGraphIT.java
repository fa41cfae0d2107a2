package dev.sluice.it;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's drawing of the example pipeline is the one {@code sluice:graph} draws from its annotations. */
class ReadmeGraphIT {

    private static final Path ROOT = ServerlessFramework.ROOT;

    @Test
    void theReadmeShowsTheExamplesGeneratedGraph() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String generated = Files.readString(ROOT.resolve("example-pipelines/target/sluice/pipeline.md"),
                StandardCharsets.UTF_8);
        String marker = "<!-- sluice:graph example-pipelines -->\n";
        int at = readme.indexOf(marker);
        assertWithMessage("README.md has no %s", marker.strip()).that(at).isAtLeast(0);
        String shown = mermaid(readme.substring(at + marker.length()));

        assertWithMessage("README.md's copy of example-pipelines/target/sluice/pipeline.md (copy it over)")
                .that(shown).isEqualTo(mermaid(generated));
    }

    private static String mermaid(String text) {
        int start = text.indexOf("```mermaid\n");
        return text.substring(start, text.indexOf("```\n", start + 11) + 3);
    }
}
