package dev.sluice.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.TestInfo;

/**
 * Compares generated sources with golden files, as exact text (formatting is part of what Sluice promises).
 * Goldens live at {@code src/test/resources/goldens/<TestClass>/<testMethod>/<fqcn>.java}. Run with
 * {@code -Dgoldens.update=true} to rewrite the ones that differ; such a test still fails once, so that the diff
 * gets reviewed.
 */
final class Goldens {

    private Goldens() {}

    static void assertGenerated(Compilation compilation, String qualifiedName, TestInfo test) {
        String path = qualifiedName.replace('.', '/') + ".java";
        JavaFileObject file = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, path)
                .orElseThrow(() -> new AssertionError("not generated: " + path + "; generated: "
                        + compilation.generatedSourceFiles()));
        assertMatches(file, qualifiedName + ".java", test);
    }

    /** A generated resource, e.g. {@code serverless.yml}, against {@code goldens/<class>/<method>/<name>}. */
    static void assertResource(Compilation compilation, String name, TestInfo test) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name)
                .orElseThrow(() -> new AssertionError("not generated: " + name));
        assertMatches(file, name, test);
    }

    private static void assertMatches(JavaFileObject file, String goldenName, TestInfo test) {
        String actual;
        try {
            actual = file.getCharContent(false).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path golden = Path.of(System.getProperty("goldens.dir", "src/test/resources/goldens"),
                test.getTestClass().orElseThrow().getSimpleName(),
                test.getTestMethod().orElseThrow().getName(),
                goldenName);
        assertFile(golden, actual);
    }

    /** {@code golden} holds exactly {@code actual}; with {@code -Dgoldens.update=true} it is rewritten first. */
    static void assertFile(Path golden, String actual) {
        String goldenName = golden.getFileName().toString();
        try {
            if (Boolean.getBoolean("goldens.update")
                    && (!Files.exists(golden) || !Files.readString(golden, StandardCharsets.UTF_8).equals(actual))) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                throw new AssertionError("rewrote " + golden + "; review the diff and run again without "
                        + "-Dgoldens.update=true");
            }
            if (!Files.exists(golden)) {
                throw new AssertionError("// Error: Missing golden file " + golden
                        + "; create it with -Dgoldens.update=true");
            }
            assertWithMessage("generated %s differs from golden %s (rewrite with -Dgoldens.update=true)",
                    goldenName, golden)
                    .that(actual)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
