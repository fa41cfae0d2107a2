package dev.sluice.processor.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Values that SNS filter policies and EventBridge patterns (one grammar, Event Ruler's) accept, for sample events that
 * really reach the function.
 */
final class PatternSamples {

    private PatternSamples() {}

    /** Sets each key of a body policy in {@code document} to a value the policy accepts. */
    static void overlay(ObjectNode document, JsonNode policy) {
        Iterator<Map.Entry<String, JsonNode>> fields = policy.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode rule = field.getValue();
            if (field.getKey().equals("$or")) {
                if (rule.isArray() && rule.size() > 0 && rule.get(0).isObject()) {
                    overlay(document, rule.get(0));
                }
            } else if (rule.isObject()) {
                JsonNode child = document.get(field.getKey());
                ObjectNode nested = child instanceof ObjectNode object ? object : document.putObject(field.getKey());
                overlay(nested, rule);
            } else {
                JsonNode value = matching(rule);
                if (value != null) {
                    document.set(field.getKey(), value);
                }
            }
        }
    }

    /** A value the array of values and operators {@code rule} matches; null when only absence matches. */
    static JsonNode matching(JsonNode rule) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (!rule.isArray()) {
            return null;
        }
        for (JsonNode candidate : rule) {
            if (candidate.isTextual() || candidate.isNumber() || candidate.isBoolean()) {
                return candidate;
            }
            if (!candidate.isObject() || candidate.isEmpty()) {
                continue;
            }
            Map.Entry<String, JsonNode> operator = candidate.fields().next();
            JsonNode operand = operator.getValue();
            switch (operator.getKey()) {
                case "prefix":
                    return nodes.textNode(text(operand) + "sample");
                case "suffix":
                    return nodes.textNode("sample" + text(operand));
                case "equals-ignore-case":
                    return nodes.textNode(operand.asText());
                case "wildcard":
                    return nodes.textNode(operand.asText().replace("*", "x"));
                case "anything-but":
                    return nodes.textNode("sample-other");
                case "exists":
                    if (operand.asBoolean()) {
                        return nodes.textNode("sample");
                    }
                    continue;
                case "numeric":
                    return nodes.numberNode(numeric(operand));
                case "cidr":
                    return nodes.textNode(operand.asText().replaceAll("/.*", ""));
                default:
                    continue;
            }
        }
        return null;
    }

    /** The prefix or suffix of a prefix/suffix operand, which may itself be {@code {"equals-ignore-case": ...}}. */
    private static String text(JsonNode operand) {
        return operand.isObject() && operand.size() == 1 ? operand.elements().next().asText() : operand.asText();
    }

    /** A number inside the range {@code [op, n, op, n]} describes. */
    private static BigDecimal numeric(JsonNode operand) {
        BigDecimal low = null;
        BigDecimal high = null;
        for (int i = 0; i + 1 < operand.size(); i += 2) {
            String op = operand.get(i).asText();
            BigDecimal n = operand.get(i + 1).decimalValue();
            switch (op) {
                case "=" -> {
                    return n;
                }
                case ">" -> low = n.add(BigDecimal.ONE);
                case ">=" -> low = n;
                case "<" -> high = n.subtract(BigDecimal.ONE);
                case "<=" -> high = n;
                default -> {
                    // Event Ruler accepted the policy, so no other operator gets here.
                }
            }
        }
        if (low != null && high != null) {
            return low.add(high).divide(BigDecimal.valueOf(2));
        }
        return low != null ? low : high != null ? high : BigDecimal.ZERO;
    }
}
