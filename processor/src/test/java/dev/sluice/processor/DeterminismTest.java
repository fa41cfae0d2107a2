package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.sluice.processor.Compiler.compileWithPipeline;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Same sources, same output: byte for byte, whatever the order javac is given the files in. */
class DeterminismTest {

    @Test
    void sameSourcesGiveByteIdenticalOutput() {
        JavaFileObject order = source("Order", "public record Order(String id) {}");
        JavaFileObject a = source("A", "public class A {", "  @OnSqs(queue = \"orders\") public void a(Order o) {}", "}");
        JavaFileObject b = source("B", "public class B {", "  @OnSqs(queue = \"orders.fifo\") public void b(String s) {}",
                "}");

        Map<String, String> first = sources(compileWithPipeline(order, a, b));
        Map<String, String> second = sources(compileWithPipeline(b, a, order));

        assertThat(first.keySet()).containsExactly("/SOURCE_OUTPUT/test/A_aHandler.java",
                "/SOURCE_OUTPUT/test/B_bHandler.java", "/SOURCE_OUTPUT/test/Order_JsonDecoder.java",
                "/CLASS_OUTPUT/serverless.yml", "/CLASS_OUTPUT/sluice/events/a.json", "/CLASS_OUTPUT/sluice/events/b.json",
                "/CLASS_OUTPUT/sluice/pipeline.json");
        assertThat(second).isEqualTo(first);
    }

    private static Map<String, String> sources(Compilation compilation) {
        Map<String, String> out = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                try (InputStream in = file.openInputStream()) {
                    out.put(file.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }
}
