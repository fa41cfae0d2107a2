package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.JSON_GENERATOR;
import static dev.sluice.processor.generate.RuntimeTypes.JSON_WRITER;
import static dev.sluice.processor.generate.RuntimeTypes.JSON_WRITERS;
import static dev.sluice.processor.generate.RuntimeTypes.JSON_WRITER_ELEMENTS;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.DecoderModel;
import java.io.IOException;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>_JsonEncoder}: straight-line code that writes one record to Jackson's streaming generator,
 * component by component in declaration order, as Jackson databind's default {@code ObjectMapper} would
 * ({@code JsonWriters}). No reflection, no databind. Built from the same model as the record's decoder.
 */
public final class EncoderGenerator {

    private final Optional<AnnotationSpec> generated;

    public EncoderGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    /** The encoder class of {@code model}'s record. */
    public static ClassName encoderOf(DecoderModel model) {
        return ClassName.get(model.type().packageName(), String.join("_", model.type().simpleNames())
                + "_JsonEncoder");
    }

    public JavaFile generate(DecoderModel model) {
        ClassName encoder = encoderOf(model);
        CodeBlock.Builder body = CodeBlock.builder().addStatement("generator.writeStartObject()");
        for (DecoderModel.Component component : model.components()) {
            CodeBlock value = CodeBlock.of("value.$N()", component.name());
            body.addStatement("generator.writeFieldName($S)", component.name())
                    .addStatement(write(component.kind(), value));
        }
        body.addStatement("generator.writeEndObject()");
        TypeSpec.Builder type = TypeSpec.classBuilder(encoder)
                .addJavadoc("Writes {@link $T} as JSON as Jackson databind would, without reflection.\n", model.type())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(JSON_WRITER, model.type()))
                .addField(FieldSpec.builder(encoder, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", encoder)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("write")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(JSON_GENERATOR, "generator")
                        .addParameter(model.type(), "value")
                        .addException(IOException.class)
                        .addCode(body.build())
                        .build());
        generated.ifPresent(type::addAnnotation);
        return Handlers.file(encoder, type.build());
    }

    /** The statement writing {@code value} of {@code kind}. */
    private static CodeBlock write(DecoderModel.ValueKind kind, CodeBlock value) {
        if (kind instanceof DecoderModel.Scalar scalar) {
            return switch (scalar.scalar()) {
                case INT, LONG_PRIMITIVE, DOUBLE_PRIMITIVE -> CodeBlock.of("generator.writeNumber($L)", value);
                case BOOLEAN_PRIMITIVE -> CodeBlock.of("generator.writeBoolean($L)", value);
                case STRING -> CodeBlock.of("$T.string(generator, $L)", JSON_WRITERS, value);
                case INTEGER -> CodeBlock.of("$T.intObject(generator, $L)", JSON_WRITERS, value);
                case LONG -> CodeBlock.of("$T.longObject(generator, $L)", JSON_WRITERS, value);
                case DOUBLE -> CodeBlock.of("$T.doubleObject(generator, $L)", JSON_WRITERS, value);
                case BOOLEAN -> CodeBlock.of("$T.booleanObject(generator, $L)", JSON_WRITERS, value);
                case BIG_DECIMAL -> CodeBlock.of("$T.bigDecimal(generator, $L)", JSON_WRITERS, value);
            };
        }
        if (kind instanceof DecoderModel.Nested nested) {
            return CodeBlock.of("$T.object(generator, $L, $T.INSTANCE)", JSON_WRITERS, value,
                    encoderOf(nested.record()));
        }
        DecoderModel.ListOf list = (DecoderModel.ListOf) kind;
        return CodeBlock.of("$T.list(generator, $L, $L)", JSON_WRITERS, value, element(list.element()));
    }

    /** The writer of list elements of {@code kind}. */
    private static CodeBlock element(DecoderModel.ValueKind kind) {
        if (kind instanceof DecoderModel.Scalar scalar) {
            return CodeBlock.of("$T.$L", JSON_WRITER_ELEMENTS, scalar.scalar().elementReader());
        }
        if (kind instanceof DecoderModel.Nested nested) {
            return CodeBlock.of("$T.nullable($T.INSTANCE)", JSON_WRITER_ELEMENTS, encoderOf(nested.record()));
        }
        return CodeBlock.of("$T.listOf($L)", JSON_WRITER_ELEMENTS, element(((DecoderModel.ListOf) kind).element()));
    }
}
