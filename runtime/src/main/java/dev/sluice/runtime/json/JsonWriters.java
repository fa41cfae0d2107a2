package dev.sluice.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes simple Java values as Jackson databind does with its default settings (nulls written, numbers through the
 * generator's own formatting, NaN and infinities as strings), so that generated encoders produce the same bytes as
 * {@code ObjectMapper.writeValueAsString}. Generated code calls these; they are public for that reason only.
 */
public final class JsonWriters {

    private JsonWriters() {}

    /** Writes one value of a type; a generated encoder is one for its record. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(JsonGenerator generator, T value) throws IOException;
    }

    public static void string(JsonGenerator generator, String value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else {
            generator.writeString(value);
        }
    }

    public static void intObject(JsonGenerator generator, Integer value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else {
            generator.writeNumber(value.intValue());
        }
    }

    public static void longObject(JsonGenerator generator, Long value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else {
            generator.writeNumber(value.longValue());
        }
    }

    public static void doubleObject(JsonGenerator generator, Double value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else {
            generator.writeNumber(value.doubleValue());
        }
    }

    public static void booleanObject(JsonGenerator generator, Boolean value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else {
            generator.writeBoolean(value.booleanValue());
        }
    }

    public static void bigDecimal(JsonGenerator generator, BigDecimal value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else {
            generator.writeNumber(value);
        }
    }

    /** A nested record, through its generated encoder; null as JSON null. */
    public static <T> void object(JsonGenerator generator, T value, Writer<T> writer) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else {
            writer.write(generator, value);
        }
    }

    /** A list, each element through {@code element} (which writes nulls itself). */
    public static <T> void list(JsonGenerator generator, List<T> values, Writer<T> element) throws IOException {
        if (values == null) {
            generator.writeNull();
            return;
        }
        generator.writeStartArray();
        for (T value : values) {
            element.write(generator, value);
        }
        generator.writeEndArray();
    }

    /**
     * Writers of list elements. Anonymous classes rather than method references, as in {@code JsonValues}: the
     * first lambda of a JVM costs its cold start.
     */
    public static final class Elements {

        private Elements() {}

        public static final Writer<String> STRING = new Writer<>() {
            @Override
            public void write(JsonGenerator generator, String value) throws IOException {
                string(generator, value);
            }
        };
        public static final Writer<Integer> INT_OBJECT = new Writer<>() {
            @Override
            public void write(JsonGenerator generator, Integer value) throws IOException {
                intObject(generator, value);
            }
        };
        public static final Writer<Long> LONG_OBJECT = new Writer<>() {
            @Override
            public void write(JsonGenerator generator, Long value) throws IOException {
                longObject(generator, value);
            }
        };
        public static final Writer<Double> DOUBLE_OBJECT = new Writer<>() {
            @Override
            public void write(JsonGenerator generator, Double value) throws IOException {
                doubleObject(generator, value);
            }
        };
        public static final Writer<Boolean> BOOLEAN_OBJECT = new Writer<>() {
            @Override
            public void write(JsonGenerator generator, Boolean value) throws IOException {
                booleanObject(generator, value);
            }
        };
        public static final Writer<BigDecimal> BIG_DECIMAL = new Writer<>() {
            @Override
            public void write(JsonGenerator generator, BigDecimal value) throws IOException {
                bigDecimal(generator, value);
            }
        };

        /** Lists of {@code element}s, for lists of lists. */
        public static <T> Writer<List<T>> listOf(Writer<T> element) {
            return new Writer<>() {
                @Override
                public void write(JsonGenerator generator, List<T> value) throws IOException {
                    list(generator, value, element);
                }
            };
        }

        /** Records through their encoder, null as JSON null. */
        public static <T> Writer<T> nullable(Writer<T> encoder) {
            return new Writer<>() {
                @Override
                public void write(JsonGenerator generator, T value) throws IOException {
                    object(generator, value, encoder);
                }
            };
        }
    }
}
