package dev.sluice.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.NumberInput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one JSON value of a simple Java type from a parser positioned on it, with exactly the rules Jackson
 * databind applies with its default settings, so that generated decoders accept and reject what
 * {@code ObjectMapper.readValue} would, and produce the same values. In particular, as databind does by default:
 * numbers may arrive as strings ({@code "12"}), floats are truncated into integer types, {@code null}, {@code ""}
 * and {@code "null"} become 0/false for primitives and null for boxed types, and integers coerce into booleans
 * (0 is false). Arrays and objects never become scalars.
 *
 * <p>Generated code calls these; they are public for that reason only.
 */
public final class JsonValues {

    private JsonValues() {}

    /** Reads an element of a list. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /**
     * Readers of list elements, in their own class so that only decoders with lists load them. Anonymous classes
     * rather than method references on purpose: the first lambda of a JVM costs a cold start tens of
     * milliseconds and a hundred classes of java.lang.invoke machinery.
     */
    public static final class Elements {

        private Elements() {}

        public static final Reader<String> STRING = new Reader<>() {
            @Override
            public String read(JsonParser parser) throws IOException {
                return string(parser);
            }
        };
        public static final Reader<Integer> INT_OBJECT = new Reader<>() {
            @Override
            public Integer read(JsonParser parser) throws IOException {
                return intObject(parser);
            }
        };
        public static final Reader<Long> LONG_OBJECT = new Reader<>() {
            @Override
            public Long read(JsonParser parser) throws IOException {
                return longObject(parser);
            }
        };
        public static final Reader<Double> DOUBLE_OBJECT = new Reader<>() {
            @Override
            public Double read(JsonParser parser) throws IOException {
                return doubleObject(parser);
            }
        };
        public static final Reader<Boolean> BOOLEAN_OBJECT = new Reader<>() {
            @Override
            public Boolean read(JsonParser parser) throws IOException {
                return booleanObject(parser);
            }
        };
        public static final Reader<BigDecimal> BIG_DECIMAL = new Reader<>() {
            @Override
            public BigDecimal read(JsonParser parser) throws IOException {
                return bigDecimal(parser);
            }
        };

        /** Reads lists of {@code element}: for lists of lists. */
        public static <T> Reader<List<T>> listOf(Reader<T> element) {
            return new Reader<>() {
                @Override
                public List<T> read(JsonParser parser) throws IOException {
                    return list(parser, element);
                }
            };
        }

        /** Reads records with {@code decoder}, JSON null as null: for lists of records. */
        public static <T> Reader<T> nullable(Reader<T> decoder) {
            return new Reader<>() {
                @Override
                public T read(JsonParser parser) throws IOException {
                    return object(parser, decoder);
                }
            };
        }
    }

    // --- String ---------------------------------------------------------------------------------------------

    public static String string(JsonParser p) throws IOException {
        switch (p.currentTokenId()) {
            case JsonTokenId.ID_STRING:
                return p.getText();
            case JsonTokenId.ID_NULL:
                return null;
            case JsonTokenId.ID_NUMBER_INT:
            case JsonTokenId.ID_NUMBER_FLOAT:
            case JsonTokenId.ID_TRUE:
            case JsonTokenId.ID_FALSE:
                return p.getText();
            default:
                throw JsonDecodeException.at(p, "expected a string, got " + describe(p.currentToken()));
        }
    }

    // --- integers -------------------------------------------------------------------------------------------

    public static int intValue(JsonParser p) throws IOException {
        Long value = integral(p, true);
        return value == null ? 0 : (int) (long) value;
    }

    public static Integer intObject(JsonParser p) throws IOException {
        Long value = integral(p, true);
        return value == null ? null : (int) (long) value;
    }

    public static long longValue(JsonParser p) throws IOException {
        Long value = integral(p, false);
        return value == null ? 0L : value;
    }

    public static Long longObject(JsonParser p) throws IOException {
        return integral(p, false);
    }

    /** An int or long, or null for JSON null and the null-like strings. */
    private static Long integral(JsonParser p, boolean asInt) throws IOException {
        switch (p.currentTokenId()) {
            case JsonTokenId.ID_NUMBER_INT:
                return overflowChecked(p, asInt);
            case JsonTokenId.ID_NUMBER_FLOAT:
                // databind's ACCEPT_FLOAT_AS_INT (on by default): truncate, if in range.
                return overflowChecked(p, asInt);
            case JsonTokenId.ID_NULL:
                return null;
            case JsonTokenId.ID_STRING:
                String text = p.getText();
                if (isBlank(text)) {
                    return null; // empty and blank strings coerce to null (0 or false for primitives)
                }
                text = text.trim();
                if (text.equals("null")) {
                    return null;
                }
                return parseIntegral(p, text, asInt);
            default:
                throw JsonDecodeException.at(p, "expected an integer, got " + describe(p.currentToken()));
        }
    }

    private static Long overflowChecked(JsonParser p, boolean asInt) throws IOException {
        try {
            return asInt ? (long) p.getIntValue() : p.getLongValue();
        } catch (InputCoercionException e) {
            throw JsonDecodeException.at(p, "number out of range of " + (asInt ? "int" : "long"));
        }
    }

    private static Long parseIntegral(JsonParser p, String text, boolean asInt) throws IOException {
        try {
            long value;
            if (asInt && text.length() <= 9) {
                value = NumberInput.parseInt(text);
            } else {
                p.streamReadConstraints().validateIntegerLength(text.length());
                value = NumberInput.parseLong(text);
                if (asInt && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                    throw JsonDecodeException.at(p, "number out of range of int");
                }
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw JsonDecodeException.at(p, "string is not a valid " + (asInt ? "int" : "long"));
        }
    }

    // --- floating point -------------------------------------------------------------------------------------

    public static double doubleValue(JsonParser p) throws IOException {
        Double value = floating(p, false);
        return value == null ? 0.0 : value;
    }

    public static Double doubleObject(JsonParser p) throws IOException {
        return floating(p, true);
    }

    /**
     * A double as databind reads one, whose rules for strings differ between the primitive and the boxed type:
     * both take "NaN", "Infinity", "INF", "-Infinity" and "-INF" exactly as written (untrimmed); after trimming,
     * a {@code double} takes whatever {@link Double#parseDouble} does (hex floats, "1f", "-NaN"…), a
     * {@code Double} only what {@link NumberInput#looksLikeValidNumber} calls a number.
     */
    private static Double floating(JsonParser p, boolean boxed) throws IOException {
        switch (p.currentTokenId()) {
            case JsonTokenId.ID_NUMBER_INT:
            case JsonTokenId.ID_NUMBER_FLOAT:
                return p.getDoubleValue();
            case JsonTokenId.ID_NULL:
                return null;
            case JsonTokenId.ID_STRING:
                String text = p.getText();
                Double special = specialDouble(text);
                if (special != null) {
                    return special;
                }
                if (isBlank(text)) {
                    return null; // empty and blank strings coerce to null (0 or false for primitives)
                }
                text = text.trim();
                if (text.equals("null")) {
                    return null;
                }
                try {
                    if (boxed && !NumberInput.looksLikeValidNumber(text)) {
                        throw new NumberFormatException(text);
                    }
                    p.streamReadConstraints().validateFPLength(text.length());
                    return NumberInput.parseDouble(text, p.isEnabled(
                            com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER));
                } catch (IllegalArgumentException e) {
                    throw JsonDecodeException.at(p, "string is not a valid double");
                }
            default:
                throw JsonDecodeException.at(p, "expected a number, got " + describe(p.currentToken()));
        }
    }

    /** databind's special floating-point strings, matched on the text as it is, before any trimming. */
    private static Double specialDouble(String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "Infinity":
            case "INF":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
            case "-INF":
                return Double.NEGATIVE_INFINITY;
            default:
                return null;
        }
    }

    public static BigDecimal bigDecimal(JsonParser p) throws IOException {
        switch (p.currentTokenId()) {
            case JsonTokenId.ID_NUMBER_INT:
            case JsonTokenId.ID_NUMBER_FLOAT:
                return p.getDecimalValue();
            case JsonTokenId.ID_NULL:
                return null;
            case JsonTokenId.ID_STRING:
                String text = p.getText();
                if (isBlank(text)) {
                    return null; // empty and blank strings coerce to null (0 or false for primitives)
                }
                text = text.trim();
                if (text.equals("null")) {
                    return null;
                }
                try {
                    // BigDecimal's own parser takes any Unicode digit ("１２", "١٢"); databind does not.
                    if (!NumberInput.looksLikeValidNumber(text)) {
                        throw new NumberFormatException(text);
                    }
                    p.streamReadConstraints().validateFPLength(text.length());
                    return NumberInput.parseBigDecimal(text, p.isEnabled(
                            com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER));
                } catch (IllegalArgumentException e) {
                    throw JsonDecodeException.at(p, "string is not a valid decimal number");
                }
            default:
                throw JsonDecodeException.at(p, "expected a number, got " + describe(p.currentToken()));
        }
    }

    // --- booleans -------------------------------------------------------------------------------------------

    public static boolean booleanValue(JsonParser p) throws IOException {
        Boolean value = bool(p);
        return value != null && value;
    }

    public static Boolean booleanObject(JsonParser p) throws IOException {
        return bool(p);
    }

    private static Boolean bool(JsonParser p) throws IOException {
        switch (p.currentTokenId()) {
            case JsonTokenId.ID_TRUE:
                return Boolean.TRUE;
            case JsonTokenId.ID_FALSE:
                return Boolean.FALSE;
            case JsonTokenId.ID_NULL:
                return null;
            case JsonTokenId.ID_NUMBER_INT:
                // databind's default int-to-boolean coercion: 0 is false, anything else true.
                return p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() != 0 : !"0".equals(p.getText());
            case JsonTokenId.ID_STRING:
                String text = p.getText();
                if (isBlank(text)) {
                    return null; // empty and blank strings coerce to null (0 or false for primitives)
                }
                text = text.trim();
                switch (text) {
                    case "true":
                    case "True":
                    case "TRUE":
                        return Boolean.TRUE;
                    case "false":
                    case "False":
                    case "FALSE":
                        return Boolean.FALSE;
                    case "null":
                        return null;
                    default:
                        throw JsonDecodeException.at(p, "string is not a boolean");
                }
            default:
                throw JsonDecodeException.at(p, "expected a boolean, got " + describe(p.currentToken()));
        }
    }

    // --- structures -----------------------------------------------------------------------------------------

    /** A JSON array as a list, each element read by {@code element}; JSON null is null. */
    public static <T> List<T> list(JsonParser p, Reader<T> element) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw JsonDecodeException.at(p, "expected an array, got " + describe(token));
        }
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(element.read(p));
        }
        return values;
    }

    /** A nested record, read by its generated decoder; JSON null is null. */
    public static <T> T object(JsonParser p, Reader<T> decoder) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : decoder.read(p);
    }

    /** Fails unless the parser is on the start of an object, as a record needs. */
    public static void expectObject(JsonParser p, String type) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonDecodeException.at(p, "expected an object for " + type + ", got " + describe(p.currentToken()));
        }
    }

    /**
     * Marks component {@code bit} of a record as read. databind builds a record as soon as it has seen every
     * component, and then fails on any further property, a repeated one included (a record has no setters);
     * before that, a repeated property simply replaces the earlier value.
     *
     * @param all the bits of every component
     */
    public static long claim(JsonParser p, long seen, long bit, long all, String type) throws JsonDecodeException {
        if (seen == all) {
            throw JsonDecodeException.at(p, "property repeated after every component of " + type + " was read");
        }
        return seen | bit;
    }

    /** A property no component of the record has: databind's default FAIL_ON_UNKNOWN_PROPERTIES. */
    public static JsonDecodeException unknownProperty(JsonParser p, String type, String name) {
        return JsonDecodeException.at(p, "unknown property '" + name + "' for " + type);
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "end of input";
        }
        switch (token.id()) {
            case JsonTokenId.ID_START_OBJECT:
                return "an object";
            case JsonTokenId.ID_START_ARRAY:
                return "an array";
            case JsonTokenId.ID_STRING:
                return "a string";
            case JsonTokenId.ID_NUMBER_INT:
            case JsonTokenId.ID_NUMBER_FLOAT:
                return "a number";
            case JsonTokenId.ID_TRUE:
            case JsonTokenId.ID_FALSE:
                return "a boolean";
            case JsonTokenId.ID_NULL:
                return "null";
            default:
                return token.asString() == null ? token.name() : token.asString();
        }
    }
}
