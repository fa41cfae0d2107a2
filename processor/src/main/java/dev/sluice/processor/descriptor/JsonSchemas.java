package dev.sluice.processor.descriptor;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;
import dev.sluice.processor.model.DecoderModel;
import java.util.List;

/**
 * The JSON Schema (draft-04, which API Gateway's REST request validation reads) of a body record, so that the
 * gateway rejects a malformed body before the function runs, at no cost. The schema is the record's JSON types:
 * strings, integers, numbers, booleans, arrays and objects, with {@code null} allowed wherever Java allows null.
 * It is stricter than databind on purpose: databind's lenient coercions (a quoted number, a float into an int) are
 * rejected at the gateway, as a client of a typed API expects.
 */
public final class JsonSchemas {

    private JsonSchemas() {}

    public static Mapping of(DecoderModel record) {
        return map()
                .put("$schema", "http://json-schema.org/draft-04/schema#")
                .put("title", String.join(".", record.type().simpleNames()))
                .put("type", "object")
                .put("properties", properties(record));
    }

    private static Mapping object(DecoderModel record) {
        return map().put("type", List.of("object", "null")).put("properties", properties(record));
    }

    private static Mapping properties(DecoderModel record) {
        Mapping properties = map();
        for (DecoderModel.Component component : record.components()) {
            properties.put(Yaml.literal(component.name()), schema(component.kind()));
        }
        return properties;
    }

    private static Mapping schema(DecoderModel.ValueKind kind) {
        if (kind instanceof DecoderModel.Scalar scalar) {
            return switch (scalar.scalar()) {
                case STRING -> map("type", List.of("string", "null"));
                case INT, LONG_PRIMITIVE -> map("type", "integer");
                case INTEGER, LONG -> map("type", List.of("integer", "null"));
                case DOUBLE_PRIMITIVE -> map("type", "number");
                case DOUBLE, BIG_DECIMAL -> map("type", List.of("number", "null"));
                case BOOLEAN_PRIMITIVE -> map("type", "boolean");
                case BOOLEAN -> map("type", List.of("boolean", "null"));
            };
        }
        if (kind instanceof DecoderModel.Nested nested) {
            return object(nested.record());
        }
        return map().put("type", List.of("array", "null"))
                .put("items", schema(((DecoderModel.ListOf) kind).element()));
    }
}
