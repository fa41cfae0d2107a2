package dev.sluice.processor.trigger;

import dev.sluice.processor.model.DecoderModel;

/**
 * A JSON document shaped like a record, for sample events: every component present, strings named after their
 * component, numbers 1 (or 1.5), booleans true, one element per list. It decodes into the record and passes the
 * REST API's schema of it, so {@code Invoke} with a sample event reaches the method.
 */
final class SampleJson {

    private SampleJson() {}

    /** {@code text} as a JSON string. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String of(DecoderModel record) {
        StringBuilder out = new StringBuilder();
        object(record, out, 0);
        return out.toString();
    }

    /** The record as a DynamoDB item in the typed JSON of stream images: {@code {"name": {"S": "..."}}}. */
    static String item(DecoderModel record) {
        StringBuilder out = new StringBuilder();
        attributes(record, out, 0);
        return out.toString();
    }

    private static void attributes(DecoderModel record, StringBuilder out, int depth) {
        out.append('{');
        for (int i = 0; i < record.components().size(); i++) {
            DecoderModel.Component component = record.components().get(i);
            out.append(i == 0 ? "" : ",").append('"').append(component.name()).append("\":");
            attribute(component.name(), component.kind(), out, depth);
        }
        out.append('}');
    }

    private static void attribute(String name, DecoderModel.ValueKind kind, StringBuilder out, int depth) {
        if (kind instanceof DecoderModel.Scalar scalar) {
            out.append(switch (scalar.scalar()) {
                case STRING -> "{\"S\":\"sample-" + name + "\"}";
                case INT, INTEGER, LONG_PRIMITIVE, LONG -> "{\"N\":\"1\"}";
                case DOUBLE_PRIMITIVE, DOUBLE, BIG_DECIMAL -> "{\"N\":\"1.5\"}";
                case BOOLEAN_PRIMITIVE, BOOLEAN -> "{\"BOOL\":true}";
            });
        } else if (kind instanceof DecoderModel.Nested nested) {
            if (depth > 4) {
                out.append("{\"NULL\":true}");
            } else {
                out.append("{\"M\":");
                attributes(nested.record(), out, depth + 1);
                out.append('}');
            }
        } else {
            out.append("{\"L\":[");
            attribute(name, ((DecoderModel.ListOf) kind).element(), out, depth + 1);
            out.append("]}");
        }
    }

    private static void object(DecoderModel record, StringBuilder out, int depth) {
        out.append('{');
        for (int i = 0; i < record.components().size(); i++) {
            DecoderModel.Component component = record.components().get(i);
            out.append(i == 0 ? "" : ",").append('"').append(component.name()).append("\":");
            value(component.name(), component.kind(), out, depth);
        }
        out.append('}');
    }

    private static void value(String name, DecoderModel.ValueKind kind, StringBuilder out, int depth) {
        if (kind instanceof DecoderModel.Scalar scalar) {
            out.append(switch (scalar.scalar()) {
                case STRING -> "\"sample-" + name + "\"";
                case INT, INTEGER, LONG_PRIMITIVE, LONG -> "1";
                case DOUBLE_PRIMITIVE, DOUBLE, BIG_DECIMAL -> "1.5";
                case BOOLEAN_PRIMITIVE, BOOLEAN -> "true";
            });
        } else if (kind instanceof DecoderModel.Nested nested) {
            if (depth > 4) {
                out.append("null");
            } else {
                object(nested.record(), out, depth + 1);
            }
        } else {
            out.append('[');
            value(name, ((DecoderModel.ListOf) kind).element(), out, depth + 1);
            out.append(']');
        }
    }
}
