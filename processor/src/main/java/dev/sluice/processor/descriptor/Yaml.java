package dev.sluice.processor.descriptor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Just enough YAML writing for a Serverless Framework descriptor: block mappings in insertion order, block
 * sequences, scalars quoted only when YAML would read them as something else, and comments. Nothing is
 * sorted or reordered here: the caller decides the order, so that output is deterministic and reads well.
 */
public final class Yaml {

    /** A mapping that keeps insertion order and can carry a comment line above each key. */
    public static final class Mapping {
        private final Map<String, Object> entries = new LinkedHashMap<>();
        private final Map<String, String> comments = new LinkedHashMap<>();
        private final Set<String> blankLinesBefore = new HashSet<>();

        public Mapping put(String key, Object value) {
            if (value != null) {
                entries.put(key, value);
            }
            return this;
        }

        /** A comment written above {@code key}; multiple lines allowed. */
        public Mapping comment(String key, String text) {
            comments.put(key, commentText(text));
            return this;
        }

        /** An empty line before {@code key}, to separate sections. */
        public Mapping blankLineBefore(String key) {
            blankLinesBefore.add(key);
            return this;
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }

        /** The value of {@code key}, or null. */
        public Object get(String key) {
            return entries.get(key);
        }
    }

    /** Multi-line text written as a literal block ({@code |}): source code embedded in the descriptor. */
    public record Block(String text) {}

    public static Mapping map() {
        return new Mapping();
    }

    /** A one-entry mapping, e.g. {@code Ref: X}. */
    public static Mapping map(String key, Object value) {
        return new Mapping().put(key, value);
    }

    private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z0-9_/$.(][^\\n]*");
    private static final Pattern LOOKS_TYPED = Pattern.compile(
            "(?i)true|false|yes|no|on|off|y|n|null|~|[-+]?(\\d[\\d_]*)?(\\.\\d*)?([eE][-+]?\\d+)?|0x[0-9a-f]+|0o[0-7]+"
                    + "|[-+]?\\.inf|\\.nan|\\d{4}-\\d\\d?-\\d\\d?([Tt ].*)?|[-+]?\\d+(:[0-5]?\\d)+(\\.\\d*)?");

    private final StringBuilder out = new StringBuilder();

    static String write(List<String> headerComments, Mapping document) {
        Yaml yaml = new Yaml();
        for (String comment : headerComments) {
            for (String line : commentText(comment).split("\n", -1)) {
                yaml.out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
            }
        }
        yaml.mapping(document, 0);
        return yaml.out.toString();
    }

    private void mapping(Mapping mapping, int indent) {
        for (Map.Entry<String, Object> entry : mapping.entries.entrySet()) {
            String key = entry.getKey();
            if (mapping.blankLinesBefore.contains(key)) {
                out.append('\n');
            }
            String comment = mapping.comments.get(key);
            if (comment != null) {
                for (String line : comment.split("\n")) {
                    indent(indent).append(line.isEmpty() ? "#" : "# " + line).append('\n');
                }
            }
            indent(indent).append(scalar(key)).append(':');
            value(entry.getValue(), indent);
        }
    }

    /** Writes a value after {@code key:} (or after {@code -}), starting on the current line. */
    private void value(Object value, int indent) {
        if (value instanceof Mapping nested) {
            if (nested.isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                mapping(nested, indent + 2);
            }
        } else if (value instanceof List<?> list) {
            String flow = flow(list);
            if (flow != null && flow.length() <= FLOW_WIDTH) {
                out.append(' ').append(flow).append('\n');
            } else {
                out.append('\n');
                sequence(list, indent + 2);
            }
        } else if (value instanceof Block block) {
            out.append(" |\n");
            for (String line : block.text().split("\n")) {
                if (!line.isEmpty()) {
                    indent(indent + 2).append(line);
                }
                out.append('\n');
            }
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private void sequence(List<?> list, int indent) {
        for (Object item : list) {
            indent(indent).append('-');
            if (item instanceof Mapping nested && !nested.isEmpty()) {
                // "- key: value" with the following keys aligned under the first one.
                out.append(' ');
                int length = out.length();
                mapping(nested, indent + 2);
                out.delete(length, length + indent + 2);
            } else {
                value(item, indent);
            }
        }
    }

    /** Short lists of scalars and one-line mappings are written inline: {@code [ProcessPaymentIamRole, Arn]}. */
    private static final int FLOW_WIDTH = 72;

    /** The flow form of a value, or null when it has none worth writing (a multi-key mapping, say). */
    private static String flow(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : list) {
                String text = flow(item);
                if (text == null) {
                    return null;
                }
                out.append(out.length() > 1 ? ", " : "").append(text);
            }
            return out.append(']').toString();
        }
        if (value instanceof Mapping mapping) {
            if (mapping.entries.size() != 1) {
                return null;
            }
            Map.Entry<String, Object> entry = mapping.entries.entrySet().iterator().next();
            String inner = flow(entry.getValue());
            return inner == null ? null : "{" + flowScalar(entry.getKey()) + ": " + inner + "}";
        }
        return flowScalar(value);
    }

    /** A scalar inside {@code [...]} or {@code {...}}, where commas and brackets are indicators too. */
    private static String flowScalar(Object value) {
        String text = scalar(value);
        boolean indicators = text.chars().anyMatch(c -> ",[]{}?".indexOf(c) >= 0);
        return indicators && !text.startsWith("'") && !text.startsWith("\"")
                ? "'" + text.replace("'", "''") + "'"
                : text;
    }

    private StringBuilder indent(int indent) {
        return out.append(" ".repeat(indent));
    }

    static String scalar(Object value) {
        if (value == null) {
            return "null"; // only inside lists (a filter policy's null value): mappings drop null entries
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (text.chars().anyMatch(Yaml::needsEscape) || hasLoneSurrogate(text)) {
            return doubleQuoted(text);
        }
        boolean plain = PLAIN_SAFE.matcher(text).matches()
                && !LOOKS_TYPED.matcher(text).matches()
                && !text.contains(": ")
                && !text.contains(" #")
                && !text.endsWith(":")
                && !text.endsWith(" ");
        return plain ? text : "'" + text.replace("'", "''") + "'";
    }

    /**
     * {@code text} as it must be written for the Serverless Framework to hand it on unchanged: the framework
     * resolves {@code ${...}} in every string of the file as one of its variables, and reads a backslash before
     * it as an escape ({@code \\${} is a literal {@code ${}; a run of k backslashes before it stands for
     * (k - 1) / 2 rounded up). Every string a user wrote, other than environment values, goes through here.
     */
    public static String literal(String text) {
        if (!text.contains("${")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int backslashes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                // k literal backslashes before "${" are written as 2k + 1.
                out.append("\\".repeat(backslashes + 1));
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A JSON document (a filter policy, an event pattern) as the descriptor's model: mappings, lists, {@link #literal}
     * strings, booleans, nulls, and numbers as written.
     */
    public static Object fromJson(String json) {
        try {
            return fromJson(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("validated before it gets here: " + json, e);
        }
    }

    private static Object fromJson(JsonNode node) {
        if (node.isObject()) {
            Mapping out = map();
            node.fields().forEachRemaining(field -> out.put(literal(field.getKey()), fromJson(field.getValue())));
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(element -> out.add(fromJson(element)));
            return out;
        }
        if (node.isTextual()) {
            return literal(node.asText());
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isNull()) {
            return null;
        }
        return node.numberValue();
    }

    /** Numbers as written (BigDecimal), so that {@code 100.50} stays {@code 100.50}. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Each string as {@link #literal}. */
    public static List<String> literals(List<String> texts) {
        return texts.stream().map(Yaml::literal).toList();
    }

    /** A comment line: line breaks and other characters YAML would not keep inside a comment are escaped. */
    static String commentText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || !needsEscape(c) && !Character.isSurrogate((char) c)) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            }
        });
        return out.toString();
    }

    /**
     * Characters YAML does not allow unescaped in a plain or single-quoted scalar, or reads as a line break: C0
     * and C1 controls (tab included, for simplicity), DEL, NEL, the Unicode line and paragraph separators, the
     * byte order mark and the non-characters U+FFFE and U+FFFF.
     */
    private static boolean needsEscape(int c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029 || c == 0xfeff
                || c == 0xfffe || c == 0xffff;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A double-quoted scalar: the one YAML style that can hold any text, through its escapes. */
    private static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))
                            || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
                    if (needsEscape(c) || Character.isSurrogate(c) && !pairedSurrogate) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
