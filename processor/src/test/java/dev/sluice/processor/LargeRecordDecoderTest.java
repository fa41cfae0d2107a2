package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compileWithPipeline;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.sluice.runtime.JsonPayloadReader;
import dev.sluice.runtime.PayloadReader;
import dev.sluice.runtime.json.JsonValues;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record with 64 components, the most a generated decoder takes: every method of its decoder stays under
 * HotSpot's HugeMethodLimit (8000 bytes of bytecode), the parsing loop does not call the 64-argument constructor
 * (C2 skips any method that does: "COMPILE SKIPPED: unsupported calling sequence"), and it decodes exactly as
 * databind does.
 */
class LargeRecordDecoderTest {

    /** HotSpot's -XX:HugeMethodLimit default: larger methods are never JIT-compiled. */
    private static final int HUGE_METHOD_LIMIT = 8000;
    private static final String[] TYPES = {"String", "int", "long", "double", "Boolean", "java.math.BigDecimal",
            "java.util.List<String>", "Inner"};

    private static Compilation compileBig() {
        StringBuilder components = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            components.append(i == 0 ? "" : ", ").append(TYPES[i % TYPES.length]).append(" c").append(i);
        }
        Compilation compilation = compileWithPipeline(
                source("Big", "public record Big(" + components + ") {", "    public record Inner(String name) {}", "}"),
                source("Consumer", "public class Consumer { @OnSqs(queue = \"orders\") public void take(Big b) {} }"));
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    @Test
    void everyDecoderMethodIsSmallEnoughForTheJit(@TempDir Path dir) throws Exception {
        Compilation compilation = compileBig();
        Path classFile = dir.resolve("Big_JsonDecoder.class");
        try (InputStream in = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "test/Big_JsonDecoder.class")
                .orElseThrow().openInputStream()) {
            Files.write(classFile, in.readAllBytes());
        }
        Map<String, Integer> sizes = methodSizes(classFile);
        assertThat(sizes).isNotEmpty();
        sizes.forEach((method, size) -> assertWithMessage("bytecode of %s", method).that(size)
                .isLessThan(HUGE_METHOD_LIMIT));
        // C2 refuses to compile a method that calls a constructor with this many argument slots ("COMPILE
        // SKIPPED: unsupported calling sequence"): the parsing loop must not be that method.
        String read = javap(classFile).split("public test\\.Big read\\(")[1].split("\n\n")[0];
        assertThat(read).doesNotContain("Method test/Big.\"<init>\"");
        Path holder = dir.resolve("Big_JsonDecoder$Values.class");
        try (InputStream in = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "test/Big_JsonDecoder$Values.class").orElseThrow().openInputStream()) {
            Files.write(holder, in.readAllBytes());
        }
        assertThat(javap(holder)).contains("Method test/Big.\"<init>\"");
    }

    @Test
    void decodesAsDatabindDoes() throws Exception {
        CompiledClasses classes = new CompiledClasses(compileBig());
        @SuppressWarnings("unchecked")
        Class<Object> big = (Class<Object>) classes.loadClass("test.Big");
        @SuppressWarnings("unchecked")
        JsonValues.Reader<Object> strict =
                (JsonValues.Reader<Object>) classes.loadClass("test.Big_JsonDecoder").getField("INSTANCE").get(null);
        @SuppressWarnings("unchecked")
        JsonValues.Reader<Object> tolerant =
                (JsonValues.Reader<Object>) classes.loadClass("test.Big_JsonDecoder").getField("TOLERANT").get(null);
        List<String> bodies = new ArrayList<>();
        StringBuilder full = new StringBuilder("{");
        for (int i = 63; i >= 0; i--) {
            full.append(i == 63 ? "" : ",").append("\"c").append(i).append("\":").append(value(i));
        }
        bodies.add(full + "}");
        bodies.add(full + ",\"c5\":1}"); // repeated after every component: databind fails
        bodies.add("{\"c1\":\"7\",\"c62\":\"x\",\"extra\":{\"a\":[1]},\"c3\":\"1e2\"}");
        bodies.add("{\"c0\":1,\"c2\":\"0x10\"}");
        for (String body : bodies) {
            assertWithMessage(body).that(outcome(JsonPayloadReader.of(big, strict), body))
                    .isEqualTo(outcome(PayloadReader.of(big), body));
            assertWithMessage(body).that(outcome(JsonPayloadReader.of(big, tolerant), body))
                    .isEqualTo(outcome(PayloadReader.ignoringUnknownProperties(big), body));
        }
    }

    private static String value(int i) {
        return switch (i % TYPES.length) {
            case 0 -> "\"s" + i + "\"";
            case 1, 2 -> String.valueOf(i);
            case 3 -> i + ".5";
            case 4 -> "true";
            case 5 -> "12.50";
            case 6 -> "[\"a\",\"b\"]";
            default -> "{\"name\":\"n" + i + "\"}";
        };
    }

    private static String outcome(dev.sluice.runtime.PayloadDecoder<Object> decoder, String body) {
        try {
            return String.valueOf(decoder.read(body));
        } catch (dev.sluice.runtime.PayloadException e) {
            return "rejected";
        }
    }

    private static String javap(Path classFile) {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = javap.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "-c", "-p",
                classFile.toString());
        assertThat(status).isEqualTo(0);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Each method's bytecode length, from javap's listing: the offset of its last instruction, at least. */
    private static Map<String, Integer> methodSizes(Path classFile) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        String method = null;
        Pattern instruction = Pattern.compile("^\\s+(\\d+): [a-z]");
        for (String line : javap(classFile).split("\n")) {
            if (line.startsWith("  ") && !line.startsWith("   ") && line.contains("(")) {
                method = line.trim();
            }
            Matcher matcher = instruction.matcher(line);
            if (method != null && matcher.find()) {
                sizes.merge(method, Integer.parseInt(matcher.group(1)), Math::max);
            }
        }
        return sizes;
    }
}
