package dev.sluice.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.util.List;

/**
 * A record the processor writes a JSON decoder for: its components in declaration order (the canonical
 * constructor's order), each with how to read it.
 *
 * @param type the record
 * @param decoder the generated decoder class, {@code <Record>_JsonDecoder} in the record's package
 */
public record DecoderModel(ClassName type, ClassName decoder, List<Component> components) {

    /** The records this one's components hold, directly or as (nested) list elements, in component order. */
    public List<DecoderModel> nestedRecords() {
        List<DecoderModel> records = new java.util.ArrayList<>();
        for (Component component : components) {
            ValueKind kind = component.kind();
            while (kind instanceof ListOf list) {
                kind = list.element();
            }
            if (kind instanceof Nested nested) {
                records.add(nested.record());
            }
        }
        return records;
    }

    /** One record component. */
    public record Component(String name, ValueKind kind) {}

    /** How one JSON value becomes one Java value. */
    public sealed interface ValueKind permits Scalar, Nested, ListOf {}

    /** A value read by one {@code JsonValues} method. */
    public record Scalar(ScalarType scalar) implements ValueKind {}

    /** Another record, read by its own generated decoder. */
    public record Nested(DecoderModel record) implements ValueKind {}

    /** {@code java.util.List} of non-primitive values. */
    public record ListOf(ValueKind element) implements ValueKind {}

    /** The scalar types with a {@code JsonValues} reader; primitives start at their zero, others at null. */
    public enum ScalarType {
        STRING("string", "STRING", ClassName.get(String.class), "null"),
        INT("intValue", null, TypeName.INT, "0"),
        INTEGER("intObject", "INT_OBJECT", ClassName.get(Integer.class), "null"),
        LONG_PRIMITIVE("longValue", null, TypeName.LONG, "0L"),
        LONG("longObject", "LONG_OBJECT", ClassName.get(Long.class), "null"),
        DOUBLE_PRIMITIVE("doubleValue", null, TypeName.DOUBLE, "0.0"),
        DOUBLE("doubleObject", "DOUBLE_OBJECT", ClassName.get(Double.class), "null"),
        BOOLEAN_PRIMITIVE("booleanValue", null, TypeName.BOOLEAN, "false"),
        BOOLEAN("booleanObject", "BOOLEAN_OBJECT", ClassName.get(Boolean.class), "null"),
        BIG_DECIMAL("bigDecimal", "BIG_DECIMAL", ClassName.get(BigDecimal.class), "null");

        private final String reader;
        private final String elementReader;
        private final TypeName javaType;
        private final String initial;

        ScalarType(String reader, String elementReader, TypeName javaType, String initial) {
            this.reader = reader;
            this.elementReader = elementReader;
            this.javaType = javaType;
            this.initial = initial;
        }

        /** The {@code JsonValues} constant that reads it as a list element; null for primitives. */
        public String elementReader() {
            return elementReader;
        }

        /** The {@code JsonValues} method that reads it. */
        public String reader() {
            return reader;
        }

        public TypeName javaType() {
            return javaType;
        }

        /** The value of a component absent from the JSON, as databind leaves it. */
        public String initial() {
            return initial;
        }
    }
}
