package dev.sluice.processor.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.annotations.OnSns;
import dev.sluice.processor.model.DecoderModel;
import dev.sluice.processor.validate.pipeline.Diagnostics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.event.ruler.JsonRuleCompiler;

/**
 * SNS subscription filter policies, checked as SNS checks them when the subscription is created: JSON, a grammar of
 * values and operators (AWS's Event Ruler, the engine behind EventBridge patterns, compiles it), SNS's own limits —
 * at most 5 keys, at most 150 combinations of values, numbers within ±10^9 with 5 decimals — and, for attribute
 * policies, no nesting.
 */
public final class FilterPolicies {

    /** SNS's limits on a filter policy. */
    static final int MAX_KEYS = 5;
    static final int MAX_COMBINATIONS = 150;
    private static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000");

    /** Numbers as written (BigDecimal), so that limits and messages see the policy's own digits. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A leaf of a policy: the path of keys to an array of values, and how many values it lists. */
    record Leaf(List<String> path, int values) {}

    /** What is wrong with {@code policy}: its syntax or grammar (first), or an SNS limit (second); empty if nothing. */
    record Problem(boolean limit, String text) {}

    private FilterPolicies() {}

    public static Optional<JsonNode> parse(String policy) {
        try {
            return Optional.of(JSON.readTree(policy));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static Optional<Problem> problem(String policy, OnSns.FilterPolicyScope scope) {
        JsonNode root;
        try {
            root = JSON.readTree(policy);
        } catch (JsonProcessingException e) {
            return Optional.of(new Problem(false, "it is not JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            return Optional.of(new Problem(false, "it must be a JSON object with at least one key"));
        }
        String grammar = JsonRuleCompiler.check(policy);
        if (grammar != null) {
            String first = grammar.lines().findFirst().orElse(grammar).strip();
            return Optional.of(new Problem(false, first.endsWith(".") ? first.substring(0, first.length() - 1)
                    : first));
        }
        List<String> nested = new ArrayList<>();
        List<Leaf> leaves = new ArrayList<>();
        long combinations;
        try {
            combinations = walk(root, List.of(), scope, nested, leaves);
        } catch (ArithmeticException tooMany) {
            combinations = Long.MAX_VALUE;
        }
        if (!nested.isEmpty()) {
            return Optional.of(new Problem(false, "it nests keys (" + String.join(", ", nested) + "), which SNS "
                    + "allows only with filterPolicyScope = MESSAGE_BODY"));
        }
        for (Leaf leaf : leaves) {
            String number = outOfRange(root, leaf.path());
            if (number != null) {
                return Optional.of(new Problem(false, "the number " + number + " under " + String.join(".",
                        leaf.path()) + " is outside what SNS compares (-1000000000 to 1000000000, 5 decimals)"));
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        leaves.forEach(leaf -> keys.add(String.join(".", leaf.path())));
        if (keys.size() > MAX_KEYS) {
            return Optional.of(new Problem(true, "has " + keys.size() + " keys (" + String.join(", ", keys)
                    + "), more than the " + MAX_KEYS + " SNS allows"));
        }
        if (combinations > MAX_COMBINATIONS) {
            return Optional.of(new Problem(true, "has " + combinations + " combinations of values (the product of "
                    + "its arrays' lengths), more than the " + MAX_COMBINATIONS + " SNS allows"));
        }
        return Optional.empty();
    }

    /** The leaves of {@code node}; returns its combinations: a product over keys, a sum over {@code $or} branches. */
    private static long walk(JsonNode node, List<String> path, OnSns.FilterPolicyScope scope, List<String> nested,
            List<Leaf> leaves) {
        long combinations = 1;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (field.getKey().equals("$or") && value.isArray()) {
                long alternatives = 0;
                for (JsonNode branch : value) {
                    alternatives += branch.isObject() ? walk(branch, path, scope, nested, leaves) : 1;
                }
                combinations = Math.multiplyExact(combinations, Math.max(1, alternatives));
                continue;
            }
            List<String> at = new ArrayList<>(path);
            at.add(field.getKey());
            if (value.isObject()) {
                if (scope == OnSns.FilterPolicyScope.MESSAGE_ATTRIBUTES) {
                    nested.add(String.join(".", at));
                }
                combinations = Math.multiplyExact(combinations, walk(value, at, scope, nested, leaves));
            } else if (value.isArray()) {
                leaves.add(new Leaf(List.copyOf(at), value.size()));
                combinations = Math.multiplyExact(combinations, Math.max(1, value.size()));
            }
        }
        return combinations;
    }

    /** The first number under {@code path} (a value, or a {@code numeric} operand) SNS cannot compare, or null. */
    private static String outOfRange(JsonNode root, List<String> path) {
        List<JsonNode> arrays = new ArrayList<>();
        collect(root, path, 0, arrays);
        for (JsonNode array : arrays) {
            for (JsonNode value : array) {
                List<JsonNode> numbers = new ArrayList<>();
                if (value.isNumber()) {
                    numbers.add(value);
                } else if (value.isObject() && value.path("numeric").isArray()) {
                    value.path("numeric").forEach(operand -> {
                        if (operand.isNumber()) {
                            numbers.add(operand);
                        }
                    });
                }
                for (JsonNode number : numbers) {
                    BigDecimal decimal = number.decimalValue();
                    if (decimal.abs().compareTo(MAX_NUMBER) > 0 || decimal.stripTrailingZeros().scale() > 5) {
                        return decimal.toPlainString();
                    }
                }
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<String> path, int depth, List<JsonNode> arrays) {
        if (node.path("$or").isArray()) {
            node.path("$or").forEach(branch -> collect(branch, path, depth, arrays));
        }
        JsonNode next = node.get(path.get(depth));
        if (next == null) {
            return;
        }
        if (depth == path.size() - 1) {
            if (next.isArray()) {
                arrays.add(next);
            }
        } else {
            collect(next, path, depth + 1, arrays);
        }
    }

    /** Every leaf path of a policy that parsed (for checking body keys against the payload type). */
    static List<List<String>> paths(JsonNode root) {
        List<Leaf> leaves = new ArrayList<>();
        try {
            walk(root, List.of(), OnSns.FilterPolicyScope.MESSAGE_BODY, new ArrayList<>(), leaves);
        } catch (ArithmeticException tooMany) {
            // Only the paths are wanted; a policy this large was reported already.
        }
        List<List<String>> paths = new ArrayList<>();
        for (Leaf leaf : leaves) {
            if (!paths.contains(leaf.path())) {
                paths.add(leaf.path());
            }
        }
        return paths;
    }

    /** {@code policy} without insignificant whitespace, as written into the descriptor. */
    public static String compact(String policy) {
        return parse(policy).map(JsonNode::toString).orElse(policy);
    }

    /**
     * A field a policy (or an EventBridge pattern's {@code detail}) matches that the payload record does not have.
     *
     * @param path the policy's keys to it, dotted
     * @param record the record (or {@code Record.component}) lacking it
     * @param fields the fields that record has, listed for a message
     * @param suggestion a "did you mean" sentence, or empty
     */
    public record UnknownField(String path, String record, String fields, String suggestion) {}

    /** The first leaf path of {@code root} that is not a field (or a field of a nested record) of {@code decoder}. */
    public static Optional<UnknownField> unknownField(JsonNode root, DecoderModel decoder) {
        for (List<String> path : paths(root)) {
            DecoderModel record = decoder;
            for (int i = 0; i < path.size(); i++) {
                String key = path.get(i);
                Optional<DecoderModel.Component> component = record.components().stream()
                        .filter(c -> c.name().equals(key)).findFirst();
                List<String> fields = record.components().stream().map(DecoderModel.Component::name).toList();
                if (component.isEmpty()) {
                    return Optional.of(new UnknownField(String.join(".", path), record.type().simpleName(),
                            Diagnostics.listed(fields), Diagnostics.didYouMean(key, fields)));
                }
                if (i < path.size() - 1) {
                    DecoderModel nested = nestedRecord(component.get().kind());
                    if (nested == null) {
                        return Optional.of(new UnknownField(String.join(".", path),
                                record.type().simpleName() + "." + key + " (not a record)", Diagnostics.listed(fields),
                                ""));
                    }
                    record = nested;
                }
            }
        }
        return Optional.empty();
    }

    /** The record a component holds, directly or as the elements of a list; null for scalars. */
    private static DecoderModel nestedRecord(DecoderModel.ValueKind kind) {
        if (kind instanceof DecoderModel.Nested nested) {
            return nested.record();
        }
        if (kind instanceof DecoderModel.ListOf list) {
            return nestedRecord(list.element());
        }
        return null;
    }
}
