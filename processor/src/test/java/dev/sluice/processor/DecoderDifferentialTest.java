package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compileWithPipeline;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.sluice.runtime.JsonPayloadReader;
import dev.sluice.runtime.PayloadDecoder;
import dev.sluice.runtime.PayloadException;
import dev.sluice.runtime.PayloadReader;
import dev.sluice.runtime.json.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated decoders against Jackson databind with default settings, body by body: over tens of thousands of
 * generated bodies, valid and broken, both must accept the same ones, reject the same ones, and produce equal
 * records. Bodies mix the cases databind has rules for: quoted numbers, blank and "null" strings, nulls for
 * primitives, floats into ints, overflow, integers into booleans, unknown and duplicate fields, missing fields,
 * wrong types, nested records and lists, deep nesting, unicode escapes, malformed and truncated JSON, and
 * trailing content.
 */
class DecoderDifferentialTest {

    private static final int BODIES = 50_000;

    private static PayloadDecoder<Object> generated;
    private static PayloadDecoder<Object> databind;
    private static PayloadDecoder<Object> generatedTolerant;
    private static PayloadDecoder<Object> databindTolerant;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void compileSample() throws Exception {
        Compilation compilation = compileWithPipeline(
                source("Sample",
                        "import java.math.BigDecimal;",
                        "import java.util.List;",
                        "public record Sample(String s, int i, long l, double d, boolean b, Integer bi, Long bl,",
                        "        Double bd, Boolean bb, BigDecimal dec, Inner inner, List<String> strs,",
                        "        List<Integer> ints, List<Inner> inners, List<List<Long>> grid) {",
                        "    public record Inner(String name, int n, Boolean flag) {}",
                        "}"),
                source("Consumer",
                        "public class Consumer {",
                        "    @OnSqs(queue = \"orders\") public void take(Sample sample) {}",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses classes = new CompiledClasses(compilation);
        Class<Object> sample = (Class<Object>) classes.loadClass("test.Sample");
        JsonValues.Reader<Object> decoder =
                (JsonValues.Reader<Object>) classes.loadClass("test.Sample_JsonDecoder").getField("INSTANCE").get(null);
        generated = JsonPayloadReader.of(sample, decoder);
        databind = PayloadReader.of(sample);
        JsonValues.Reader<Object> tolerant =
                (JsonValues.Reader<Object>) classes.loadClass("test.Sample_JsonDecoder").getField("TOLERANT").get(null);
        generatedTolerant = JsonPayloadReader.of(sample, tolerant);
        databindTolerant = PayloadReader.ignoringUnknownProperties(sample);
    }

    @Test
    void acceptsRejectsAndDecodesExactlyLikeDatabind() {
        sameOutcomes(generated, databind, new Random(20261127L));
    }

    /** The tolerant decoders (the default for SQS payloads) against databind without FAIL_ON_UNKNOWN_PROPERTIES. */
    @Test
    void tolerantDecodersMatchDatabindIgnoringUnknownProperties() {
        sameOutcomes(generatedTolerant, databindTolerant, new Random(20261130L));
    }

    private static void sameOutcomes(PayloadDecoder<Object> generated, PayloadDecoder<Object> databind,
            Random random) {
        List<String> mismatches = new ArrayList<>();
        int accepted = 0;
        for (int n = 0; n < BODIES; n++) {
            String body = new Bodies(random).body();
            Object expected = outcome(databind, body);
            Object actual = outcome(generated, body);
            if (expected instanceof Rejected != actual instanceof Rejected
                    || (!(expected instanceof Rejected) && !expected.equals(actual))) {
                mismatches.add(body + "\n    databind:  " + expected + "\n    generated: " + actual);
            }
            if (!(expected instanceof Rejected)) {
                accepted++;
            }
        }
        assertWithMessage("%s of %s bodies decoded differently, e.g.:\n%s", mismatches.size(), BODIES,
                String.join("\n", mismatches.subList(0, Math.min(15, mismatches.size()))))
                .that(mismatches).isEmpty();
        // Both halves of the space are exercised: many bodies accepted, many rejected.
        assertThat(accepted).isAtLeast(BODIES / 5);
        assertThat(accepted).isAtMost(BODIES * 4 / 5);
    }

    /**
     * databind finds delegating creators by itself: static valueOf(x) and fromString(String), and one-argument
     * constructors besides the canonical one. Records with one decode from a JSON scalar too, so databind decodes
     * them (generated code would reject "abc"), nested ones included; a one-component record keeps its decoder.
     */
    @Test
    void recordsWithImplicitDelegatingCreatorsAreDecodedByDatabind() throws Exception {
        Compilation compilation = compileWithPipeline(
                source("Creators",
                        "public class Creators {",
                        "    public record WithValueOf(String x, int y) {",
                        "        public static WithValueOf valueOf(String s) { return new WithValueOf(s, 1); }",
                        "    }",
                        "    public record WithFromString(String x, int y) {",
                        "        public static WithFromString fromString(String s) { return new WithFromString(s, 2); }",
                        "    }",
                        "    public record WithConstructor(String x, int y) {",
                        "        public WithConstructor(String s) { this(s, 0); }",
                        "    }",
                        "    public record Holder(WithConstructor inner) {}",
                        "    public record Single(String value) {}",
                        "    @OnSqs(queue = \"orders\") public void a(WithValueOf p) {}",
                        "    @OnSqs(queue = \"orders-primed\") public void b(WithFromString p) {}",
                        "    @OnSqs(queue = \"orders-strict\") public void c(Holder p) {}",
                        "    @OnSqs(queue = \"orders.fifo\") public void d(Single p) {}",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        for (String record : List.of("WithValueOf", "WithFromString", "WithConstructor", "Holder")) {
            assertWithMessage(record).that(compilation.generatedFile(javax.tools.StandardLocation.SOURCE_OUTPUT,
                    "test/Creators_" + record + "_JsonDecoder.java").isPresent()).isFalse();
        }
        assertThat(compilation.generatedFile(javax.tools.StandardLocation.SOURCE_OUTPUT,
                "test/Creators_Single_JsonDecoder.java").isPresent()).isTrue();
        // And databind then accepts the scalar form, as a databind consumer would.
        CompiledClasses classes = new CompiledClasses(compilation);
        @SuppressWarnings("unchecked")
        Class<Object> holder = (Class<Object>) classes.loadClass("test.Creators$Holder");
        assertThat(PayloadReader.ignoringUnknownProperties(holder).read("{\"inner\":\"abc\"}").toString())
                .isEqualTo("Holder[inner=WithConstructor[x=abc, y=0]]");
    }

    /**
     * Component names that are the decoder's own locals ({@code parser}, {@code field}, {@code seen}), that collide
     * once renamed ({@code parser} and {@code parserValue}), or that name a class the code calls
     * ({@code JsonValues}, {@code JsonToken}): the decoder compiles and decodes as databind does.
     */
    @Test
    void componentNamesNeverCollideWithTheDecodersOwnNames() throws Exception {
        Compilation compilation = compileWithPipeline(
                source("Weird",
                        "public record Weird(String parser, String parserValue, int JsonValues, String field,",
                        "        long seen, boolean ignoreUnknown, String JsonToken, String ignoreUnknownValue,",
                        "        String Weird) {}"),
                source("Consumer", "public class Consumer { @OnSqs(queue = \"orders\") public void take(Weird w) {} }"));
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses classes = new CompiledClasses(compilation);
        @SuppressWarnings("unchecked")
        Class<Object> weird = (Class<Object>) classes.loadClass("test.Weird");
        @SuppressWarnings("unchecked")
        JsonValues.Reader<Object> decoder =
                (JsonValues.Reader<Object>) classes.loadClass("test.Weird_JsonDecoder").getField("INSTANCE").get(null);
        String body = "{\"parser\":\"p\",\"parserValue\":\"pv\",\"JsonValues\":3,\"field\":\"f\",\"seen\":7,"
                + "\"ignoreUnknown\":true,\"JsonToken\":\"t\",\"ignoreUnknownValue\":\"i\",\"Weird\":\"w\"}";
        assertThat(JsonPayloadReader.of(weird, decoder).read(body)).isEqualTo(PayloadReader.of(weird).read(body));
    }

    private record Rejected(String why) {}

    private static Object outcome(PayloadDecoder<Object> decoder, String body) {
        try {
            return decoder.read(body);
        } catch (PayloadException e) {
            return new Rejected(e.getMessage());
        }
    }

    /** Random bodies for {@code Sample}, mostly well-formed, with every field drawn from its tricky values. */
    private static final class Bodies {

        private static final String[] INTEGERS = {"0", "1", "-1", "42", "2147483647", "2147483648", "-2147483649",
                "9223372036854775807", "9223372036854775808", "-0", "00", "1.0", "1.5", "-2.7", "1e3", "1E2",
                "1.0e20", "0.0", "123456789012345678901234567890"};
        private static final String[] QUOTED = {"\"12\"", "\" 12 \"", "\"\"", "\" \"", "\"null\"", "\"1.5\"",
                "\"abc\"", "\"1e3\"", "\"+5\"", "\"-7\"", "\"0x10\"", "\"NaN\"", "\"Infinity\"", "\"-INF\"",
                "\"true\"", "\"True\"", "\"TRUE\"", "\"tRue\"", "\"false\"", "\"FALSE\"", "\"0\"", "\"1\"",
                "\"2147483648\"", "\"9999999999\"", "\"007\"", "\"\\u0031\"", "\"12 \"", "\"\\t3\"",
                // Strings Java's parsers take and databind's boxed and decimal readers do not.
                "\"0x1p3\"", "\"1f\"", "\"1d\"", "\"-NaN\"", "\" INF\"", "\"INF \"", "\"+Infinity\"",
                "\" Infinity\"", "\"-INF\"", "\"\\uff11\\uff12\"", "\"\\u0661\\u0662\"", "\"1_0\""};
        private static final String[] OTHERS = {"true", "false", "null", "[]", "[1]", "[\"a\"]", "[null]",
                "[[1]]", "{}", "{\"name\":\"x\"}", "\"text\"", "\"\\u00e9t\\u00e9\"", "\"\\ud83d\\ude00 emoji\"",
                "\"tab\\there\"", "\"\\u0000\""};

        private final Random random;

        Bodies(Random random) {
            this.random = random;
        }

        String body() {
            int kind = random.nextInt(100);
            if (kind < 3) {
                return pick("", " ", "null", "[]", "\"text\"", "42", "{", "{\"s\":", "{\"s\":\"a\",}", "[{}]");
            }
            if (kind < 5) {
                return "{\"inner\":" + "[".repeat(1100) + "]".repeat(1100) + "}";
            }
            StringBuilder out = new StringBuilder("{");
            List<String> fields = new ArrayList<>(List.of("s", "i", "l", "d", "b", "bi", "bl", "bd", "bb", "dec",
                    "inner", "strs", "ints", "inners", "grid"));
            java.util.Collections.shuffle(fields, random);
            int count = random.nextInt(fields.size() + 1);
            for (int f = 0; f < count; f++) {
                field(out, fields.get(f));
            }
            if (random.nextInt(10) == 0) {
                field(out, fields.get(0)); // duplicate
            }
            if (random.nextInt(12) == 0) {
                field(out, pick("unknown", "S", "inner2", "nAme", "added"));
            }
            out.append(random.nextInt(4) == 0 ? " }" : "}");
            String body = out.toString();
            if (random.nextInt(25) == 0) {
                body = body.substring(0, random.nextInt(body.length())); // truncated
            }
            if (random.nextInt(25) == 0) {
                body = body + pick(" ", "}", " trailing", "{\"s\":1}", "]");
            }
            return body;
        }

        private void field(StringBuilder out, String name) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(name).append("\":").append(value(name));
        }

        private String value(String name) {
            int r = random.nextInt(100);
            String canonical = switch (name) {
                case "s" -> pick("\"hello\"", "\"\\u00e9\"", "\"a\\\"b\"", "\"\"");
                case "i", "l", "bi", "bl" -> pick("7", "-3", "0", "2147483647");
                case "d", "bd", "dec" -> pick("1.25", "3", "-0.5", "1e-3", "12.50");
                case "b", "bb" -> pick("true", "false");
                case "inner" -> inner();
                case "strs" -> "[" + pick("", "\"a\"", "\"a\",\"b\"", "\"x\",null") + "]";
                case "ints" -> "[" + pick("", "1", "1,2,3", "1,null") + "]";
                case "inners" -> "[" + pick("", inner(), inner() + "," + inner(), "null") + "]";
                case "grid" -> "[" + pick("", "[1,2]", "[1],[]", "null", "[null]") + "]";
                default -> pick("1", "{\"deep\":{\"x\":[1,{\"y\":null}]}}", "[1,[2,{}]]", "\"new\"", "null");
            };
            if (r < 70) {
                return canonical;
            }
            if (r < 82) {
                return pick(INTEGERS);
            }
            if (r < 92) {
                return pick(QUOTED);
            }
            if (r < 97) {
                return pick(OTHERS);
            }
            if (name.equals("strs") || name.equals("ints") || name.equals("grid")) {
                return "[" + pick(INTEGERS) + "," + pick(QUOTED) + "," + pick(OTHERS) + "]";
            }
            return inner();
        }

        private String inner() {
            StringBuilder out = new StringBuilder("{");
            if (random.nextBoolean()) {
                out.append("\"name\":").append(random.nextInt(4) == 0 ? pick(QUOTED) : pick("\"n\"", "null", "5"));
            }
            if (random.nextBoolean()) {
                out.append(out.length() > 1 ? "," : "").append("\"n\":")
                        .append(random.nextInt(3) == 0 ? pick(QUOTED) : pick(INTEGERS));
            }
            if (random.nextBoolean()) {
                out.append(out.length() > 1 ? "," : "").append("\"flag\":")
                        .append(pick("true", "0", "2", "\"yes\"", "\"False\"", "null", "\"\""));
            }
            if (random.nextInt(8) == 0) {
                out.append(out.length() > 1 ? "," : "").append("\"extra\":1");
            }
            return out.append('}').toString();
        }

        private String pick(String... options) {
            return options[random.nextInt(options.length)];
        }
    }
}
