package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compileWithPipeline;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.sluice.runtime.JsonPayloadWriter;
import dev.sluice.runtime.PayloadEncoder;
import dev.sluice.runtime.PayloadWriter;
import dev.sluice.runtime.json.JsonWriters;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated encoders against Jackson databind with default settings, value by value: for tens of thousands of
 * random records (every scalar type, nulls, NaN and infinities, -0.0, huge and tiny BigDecimals, escapes, control
 * characters, surrogate pairs and lone surrogates, nested records, lists of lists) both must write the same text.
 */
class EncoderDifferentialTest {

    private static final int VALUES = 50_000;

    private static Class<?> sample;
    private static PayloadEncoder<Object> generated;
    private static PayloadEncoder<Object> databind;

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
                source("Api",
                        "public class Api {",
                        "    @OnHttp(method = OnHttp.Method.GET, path = \"/sample\")",
                        "    public Sample get() { return null; }",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses classes = new CompiledClasses(compilation);
        sample = classes.loadClass("test.Sample");
        JsonWriters.Writer<Object> encoder =
                (JsonWriters.Writer<Object>) classes.loadClass("test.Sample_JsonEncoder").getField("INSTANCE").get(null);
        generated = JsonPayloadWriter.of((Class<Object>) sample, encoder);
        databind = PayloadWriter.of((Class<Object>) sample);
    }

    @Test
    void writesExactlyWhatDatabindWrites() throws Exception {
        Random random = new Random(20261130L);
        List<String> mismatches = new ArrayList<>();
        for (int n = 0; n < VALUES && mismatches.size() < 5; n++) {
            Object value = random(sample, random, 0);
            String expected = databind.write(value);
            String actual = generated.write(value);
            if (!expected.equals(actual)) {
                mismatches.add(expected + "\n  generated: " + actual);
            }
        }
        assertWithMessage("values written differently").that(mismatches).isEmpty();
    }

    @Test
    void aNullRecordIsJsonNull() {
        assertThat(generated.write(null)).isEqualTo(databind.write(null));
    }

    private static Object random(Class<?> record, Random random, int depth) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), random, depth);
        }
        Constructor<?> constructor = record.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object value(Type type, Random random, int depth) throws Exception {
        if (type == int.class) {
            return random.nextBoolean() ? random.nextInt(100) : random.nextInt();
        }
        if (type == long.class) {
            return random.nextBoolean() ? (long) random.nextInt(100) : random.nextLong();
        }
        if (type == double.class) {
            return aDouble(random);
        }
        if (type == boolean.class) {
            return random.nextBoolean();
        }
        boolean nullable = random.nextInt(8) == 0;
        if (nullable) {
            return null;
        }
        if (type == String.class) {
            return string(random);
        }
        if (type == Integer.class) {
            return random.nextInt();
        }
        if (type == Long.class) {
            return random.nextLong();
        }
        if (type == Double.class) {
            return aDouble(random);
        }
        if (type == Boolean.class) {
            return random.nextBoolean();
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(new BigInteger(random.nextInt(200) + 1, random), random.nextInt(80) - 40);
        }
        if (type instanceof ParameterizedType list) {
            List<Object> values = new ArrayList<>();
            int size = depth > 3 ? 0 : random.nextInt(4);
            for (int i = 0; i < size; i++) {
                values.add(value(list.getActualTypeArguments()[0], random, depth + 1));
            }
            return values;
        }
        return depth > 3 ? null : random((Class<?>) type, random, depth + 1);
    }

    private static double aDouble(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> Double.NaN;
            case 1 -> random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 2 -> -0.0;
            case 3 -> Double.longBitsToDouble(random.nextLong());
            case 4 -> random.nextInt(1000) / 8.0;
            default -> random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
        };
    }

    private static String string(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(7)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.append("\"\\/<>&'");
                case 2 -> text.appendCodePoint(0x1F600 + random.nextInt(50));
                case 3 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                case 4 -> text.append((char) (0x80 + random.nextInt(0x2000)));
                case 5 -> text.append('\u2028').append('\u007f');
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }
}
