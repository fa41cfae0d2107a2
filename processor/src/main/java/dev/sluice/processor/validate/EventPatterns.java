package dev.sluice.processor.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.event.ruler.JsonRuleCompiler;

/**
 * EventBridge event patterns, checked as EventBridge would check them: Event Ruler's own compiler for the grammar
 * and operators, the event's top-level fields, and the size limits.
 */
public final class EventPatterns {

    /** The fields every EventBridge event has; a pattern on any other top-level key never matches. */
    static final Set<String> EVENT_FIELDS = Set.of("version", "id", "detail-type", "source", "account", "time",
            "region", "resources", "detail");
    /** EventBridge's hard limit on a pattern's length, and the default quota below it. */
    public static final int MAX_LENGTH = 4096;
    public static final int DEFAULT_QUOTA = 2048;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private EventPatterns() {}

    /**
     * The pattern the annotation values describe, as compact JSON: {@code source} and {@code detail-type} as lists of
     * exact values, {@code detail} as written.
     */
    static String compose(String[] sources, String[] detailTypes, JsonNode detail) {
        ObjectNode pattern = JSON.createObjectNode();
        if (sources.length > 0) {
            ArrayNode values = pattern.putArray("source");
            for (String source : sources) {
                values.add(source);
            }
        }
        if (detailTypes.length > 0) {
            ArrayNode values = pattern.putArray("detail-type");
            for (String type : detailTypes) {
                values.add(type);
            }
        }
        if (detail != null) {
            pattern.set("detail", detail);
        }
        return pattern.toString();
    }

    /** {@code text} read as a JSON object, or a description of why it is not one. */
    static Result<JsonNode> object(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return Result.problem("it is not JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            return Result.problem("it must be a JSON object with at least one key");
        }
        return Result.of(root);
    }

    /** What Event Ruler refuses in {@code pattern}, as one line; empty when it compiles. */
    static Optional<String> grammar(String pattern) {
        String problem = JsonRuleCompiler.check(pattern);
        if (problem == null) {
            return Optional.empty();
        }
        String first = problem.lines().findFirst().orElse(problem).strip();
        return Optional.of(first.endsWith(".") ? first.substring(0, first.length() - 1) : first);
    }

    /** The first top-level key (also inside top-level {@code $or} branches) that is not an event field. */
    static Optional<String> unknownTopField(JsonNode root) {
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (field.getKey().equals("$or") && field.getValue().isArray()) {
                for (JsonNode branch : field.getValue()) {
                    if (branch.isObject()) {
                        Optional<String> inBranch = unknownTopField(branch);
                        if (inBranch.isPresent()) {
                            return inBranch;
                        }
                    }
                }
            } else if (!EVENT_FIELDS.contains(field.getKey())) {
                return Optional.of(field.getKey());
            }
        }
        return Optional.empty();
    }

    /** The {@code detail} sub-patterns of {@code root}, from the top level and from top-level {@code $or} branches. */
    static List<JsonNode> details(JsonNode root) {
        List<JsonNode> details = new ArrayList<>();
        if (root.get("detail") instanceof ObjectNode detail) {
            details.add(detail);
        }
        if (root.path("$or").isArray()) {
            root.path("$or").forEach(branch -> details.addAll(details(branch)));
        }
        return details;
    }

    /** A value, or what is wrong. */
    record Result<T>(T value, String problem) {
        static <T> Result<T> of(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> problem(String problem) {
            return new Result<>(null, problem);
        }
    }
}
