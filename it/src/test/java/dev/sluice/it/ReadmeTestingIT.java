package dev.sluice.it;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Testing a function" example is a test of the example pipeline, word for word. */
class ReadmeTestingIT {

    private static final Path ROOT = Path.of("..");
    private static final String TEST = "aPoisonMessageFailsAloneAndTheRestOfTheBatchIsDeleted";

    @Test
    void theReadmesTestExampleIsTheExamplesTest() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(ROOT.resolve(
                "example-pipelines/src/test/java/dev/sluice/examples/payments/FunctionsTest.java"),
                StandardCharsets.UTF_8);
        String method = method(source, "    ");
        String shown = method(readme, "");
        assertWithMessage("README.md's copy of FunctionsTest.%s (copy it over)", TEST)
                .that(shown).isEqualTo(method.lines().map(line -> line.startsWith("    ") ? line.substring(4) : line)
                        .reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /** The test method, from its {@code @Test} line to its closing brace at {@code indent}. */
    private static String method(String text, String indent) {
        int name = text.indexOf("void " + TEST + "()");
        assertWithMessage("%s in the text", TEST).that(name).isAtLeast(0);
        int start = text.lastIndexOf(indent + "@Test", name);
        int end = text.indexOf("\n" + indent + "}\n", name) + indent.length() + 2;
        return text.substring(start, end);
    }
}
