package dev.sluice.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** JSON for the builders: payload objects written as producers would (Jackson, with the modules on the class path). */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private Json() {}

    /** A payload as a message body: text as it is, anything else as JSON. */
    static String text(Object payload) {
        if (payload instanceof String text) {
            return text;
        }
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + payload.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** A payload as a JSON tree: text is parsed, anything else converted. */
    static JsonNode tree(Object payload) {
        try {
            return payload instanceof String text ? MAPPER.readTree(text) : MAPPER.valueToTree(payload);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a JSON document: " + payload, e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        return node.toString();
    }

    /** The envelope AWS's batch event sources share: {@code {"Records": [...]}}. */
    static String records(java.util.List<ObjectNode> records) {
        ObjectNode root = object();
        ArrayNode list = root.putArray("Records");
        records.forEach(list::add);
        return write(root);
    }

    /**
     * A record or POJO as a DynamoDB item, in the stream's JSON ({@code {"name": {"S": "…"}}}): strings S, numbers N
     * with their digits, booleans BOOL, nulls NULL, lists L, objects M.
     */
    static ObjectNode item(Object record) {
        JsonNode tree = tree(record);
        if (!tree.isObject()) {
            throw new IllegalArgumentException("an item must be an object, got " + tree);
        }
        return (ObjectNode) attribute(tree).get("M");
    }

    private static ObjectNode attribute(JsonNode value) {
        ObjectNode out = MAPPER.createObjectNode();
        if (value.isTextual()) {
            out.put("S", value.asText());
        } else if (value.isNumber()) {
            out.put("N", value.asText());
        } else if (value.isBoolean()) {
            out.put("BOOL", value.asBoolean());
        } else if (value.isNull() || value.isMissingNode()) {
            out.put("NULL", true);
        } else if (value.isArray()) {
            ArrayNode list = out.putArray("L");
            value.forEach(element -> list.add(attribute(element)));
        } else {
            ObjectNode map = out.putObject("M");
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                map.set(field.getKey(), attribute(field.getValue()));
            }
        }
        return out;
    }
}
