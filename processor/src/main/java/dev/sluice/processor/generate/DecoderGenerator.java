package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.JSON_ELEMENTS;
import static dev.sluice.processor.generate.RuntimeTypes.JSON_PARSER;
import static dev.sluice.processor.generate.RuntimeTypes.JSON_READER;
import static dev.sluice.processor.generate.RuntimeTypes.JSON_TOKEN;
import static dev.sluice.processor.generate.RuntimeTypes.JSON_VALUES;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.DecoderModel;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>_JsonDecoder}: straight-line code that reads one record from Jackson's streaming
 * parser, field by field, with databind's default rules ({@code JsonValues}). No reflection, no databind.
 */
public final class DecoderGenerator {

    private static final Set<String> TAKEN = Set.of("parser", "field", "seen", "ignoreUnknown");

    private final Optional<AnnotationSpec> generated;

    public DecoderGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    public JavaFile generate(DecoderModel model) {
        String typeName = String.join(".", model.type().simpleNames());
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T.expectObject(parser, $S)", JSON_VALUES, typeName);
        Map<String, String> locals = locals(model);
        // A constructor call with this many argument slots makes C2 give up on the whole method ("COMPILE
        // SKIPPED: unsupported calling sequence"), leaving the parsing loop to the interpreter and C1: the values
        // then live in a holder, and the call moves to the holder's own small method.
        boolean holder = argumentSlots(model) > MAX_INLINE_ARGUMENT_SLOTS;
        String prefix = holder ? "values." : "";
        if (holder) {
            body.addStatement("$N values = new $N()", HOLDER, HOLDER);
        } else {
            for (DecoderModel.Component component : model.components()) {
                body.addStatement("$T $N = $L", javaType(component.kind()), locals.get(component.name()),
                        initial(component));
            }
        }
        long all = model.components().size() == 64 ? -1L : (1L << model.components().size()) - 1;
        body.add("// One bit per component: databind fails on any property once it has them all.\n")
                .addStatement("long seen = 0L")
                .beginControlFlow("while (parser.nextToken() == $T.FIELD_NAME)", JSON_TOKEN)
                .addStatement("String field = parser.currentName()")
                .addStatement("parser.nextToken()")
                .beginControlFlow("switch (field)");
        for (int i = 0; i < model.components().size(); i++) {
            DecoderModel.Component component = model.components().get(i);
            body.add("case $S:\n", component.name()).indent()
                    .addStatement("seen = $T.claim(parser, seen, $LL, $LL, $S)", JSON_VALUES,
                            Long.toString(1L << i), Long.toString(all), typeName)
                    .addStatement("$L$N = $L", prefix, locals.get(component.name()), read(component.kind(), "parser"))
                    .addStatement("break")
                    .unindent();
        }
        body.add("default:\n").indent()
                .add("// databind's FAIL_ON_UNKNOWN_PROPERTIES: an error by default, skipped when tolerant.\n")
                .beginControlFlow("if (!ignoreUnknown)")
                .addStatement("throw $T.unknownProperty(parser, $S, field)", JSON_VALUES, typeName)
                .endControlFlow()
                .addStatement("parser.skipChildren()")
                .unindent()
                .endControlFlow()
                .endControlFlow();
        CodeBlock arguments = model.components().stream()
                .map(c -> CodeBlock.of("$N", locals.get(c.name())))
                .collect(CodeBlock.joining(", "));
        if (holder) {
            body.addStatement("return values.build()");
        } else {
            body.addStatement("return new $T($L)", model.type(), arguments);
        }

        TypeSpec.Builder type = TypeSpec.classBuilder(model.decoder())
                .addJavadoc("Reads {@link $T} from JSON as Jackson databind would, without reflection: with its "
                        + "default settings\n({@link #INSTANCE}), or with FAIL_ON_UNKNOWN_PROPERTIES disabled "
                        + "({@link #TOLERANT}).\n", model.type())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(JSON_READER, model.type()))
                .addField(FieldSpec.builder(model.decoder(), "INSTANCE", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("A property the record does not declare is an error.\n")
                        .initializer("new $T(false)", model.decoder())
                        .build())
                .addField(FieldSpec.builder(model.decoder(), "TOLERANT", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("A property the record does not declare is skipped, here and in nested "
                                + "records.\n")
                        .initializer("new $T(true)", model.decoder())
                        .build())
                .addField(boolean.class, "ignoreUnknown", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(boolean.class, "ignoreUnknown")
                        .addStatement("this.ignoreUnknown = ignoreUnknown")
                        .build())
                .addMethod(MethodSpec.methodBuilder("read")
                        .addJavadoc("Reads the object the parser is on, up to and including its end.\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(model.type())
                        .addParameter(JSON_PARSER, "parser")
                        .addException(IOException.class)
                        .addCode(body.build())
                        .build());
        if (holder) {
            TypeSpec.Builder values = TypeSpec.classBuilder(HOLDER)
                    .addJavadoc("The values read so far, for a record too wide to construct in {@code read}.\n")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
            for (DecoderModel.Component component : model.components()) {
                values.addField(FieldSpec.builder(javaType(component.kind()), locals.get(component.name()))
                        .initializer("$L", initial(component))
                        .build());
            }
            values.addMethod(MethodSpec.methodBuilder("build")
                    .returns(model.type())
                    .addStatement("return new $T($L)", model.type(), arguments)
                    .build());
            type.addType(values.build());
        }
        generated.ifPresent(type::addAnnotation);
        return JavaFile.builder(model.decoder().packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /**
     * A local variable per component, named after it unless that would clash: with the decoder's own names, with
     * another local (components {@code parser} and {@code parserValue}), or with a type the code names by its
     * simple name (a local {@code JsonValues} would hide the class in {@code JsonValues.claim(...)}).
     */
    static Map<String, String> locals(DecoderModel model) {
        Set<String> reserved = new HashSet<>(TAKEN);
        for (ClassName type : List.of(JSON_PARSER, JSON_TOKEN, JSON_VALUES, JSON_ELEMENTS, model.decoder(), model.type(),
                ClassName.get(String.class), ClassName.get(IOException.class), ClassName.get(Override.class))) {
            reserved.addAll(type.simpleNames());
        }
        for (DecoderModel.Component component : model.components()) {
            typeNames(javaType(component.kind()), reserved);
            DecoderModel.ValueKind kind = component.kind();
            while (kind instanceof DecoderModel.ListOf list) {
                kind = list.element();
            }
            if (kind instanceof DecoderModel.Nested nested) {
                reserved.addAll(nested.record().decoder().simpleNames());
            }
        }
        Map<String, String> locals = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (DecoderModel.Component component : model.components()) {
            String local = component.name();
            for (int n = 1; reserved.contains(local) || used.contains(local) || !SourceVersion.isName(local); n++) {
                local = component.name() + "Value" + (n == 1 ? "" : n);
            }
            used.add(local);
            locals.put(component.name(), local);
        }
        return locals;
    }

    private static void typeNames(TypeName type, Set<String> into) {
        if (type instanceof ClassName name) {
            into.addAll(name.simpleNames());
        } else if (type instanceof ParameterizedTypeName parameterized) {
            into.addAll(parameterized.rawType().simpleNames());
            parameterized.typeArguments().forEach(argument -> typeNames(argument, into));
        }
    }

    private static CodeBlock read(DecoderModel.ValueKind kind, String parser) {
        if (kind instanceof DecoderModel.Scalar scalar) {
            return CodeBlock.of("$T.$L($L)", JSON_VALUES, scalar.scalar().reader(), parser);
        }
        if (kind instanceof DecoderModel.Nested nested) {
            return CodeBlock.of("$T.object($L, $L)", JSON_VALUES, parser, instance(nested.record()));
        }
        return CodeBlock.of("$T.list($L, $L)", JSON_VALUES, parser, elementReader(((DecoderModel.ListOf) kind).element()));
    }

    /** A {@code JsonValues.Reader} constant for list elements (no lambdas: they cost a cold start dearly). */
    private static CodeBlock elementReader(DecoderModel.ValueKind element) {
        if (element instanceof DecoderModel.Scalar scalar) {
            return CodeBlock.of("$T.$L", JSON_ELEMENTS, scalar.scalar().elementReader());
        }
        if (element instanceof DecoderModel.Nested nested) {
            return CodeBlock.of("$T.nullable($L)", JSON_ELEMENTS, instance(nested.record()));
        }
        return CodeBlock.of("$T.listOf($L)", JSON_ELEMENTS, elementReader(((DecoderModel.ListOf) element).element()));
    }

    /** Argument slots above which a record is built through {@link #HOLDER} (C2 refused 64 mixed components). */
    static final int MAX_INLINE_ARGUMENT_SLOTS = 48;
    private static final String HOLDER = "Values";

    /** The JVM's count of the canonical constructor's argument slots: longs and doubles take two. */
    private static int argumentSlots(DecoderModel model) {
        int slots = 0;
        for (DecoderModel.Component component : model.components()) {
            TypeName type = javaType(component.kind());
            slots += type.equals(TypeName.LONG) || type.equals(TypeName.DOUBLE) ? 2 : 1;
        }
        return slots;
    }

    private static String initial(DecoderModel.Component component) {
        return component.kind() instanceof DecoderModel.Scalar scalar ? scalar.scalar().initial() : "null";
    }

    /** The nested record's decoder in this decoder's own mode. */
    private static CodeBlock instance(DecoderModel record) {
        return CodeBlock.of("ignoreUnknown ? $T.TOLERANT : $T.INSTANCE", record.decoder(), record.decoder());
    }

    private static TypeName javaType(DecoderModel.ValueKind kind) {
        if (kind instanceof DecoderModel.Scalar scalar) {
            return scalar.scalar().javaType();
        }
        if (kind instanceof DecoderModel.Nested nested) {
            return nested.record().type();
        }
        return ParameterizedTypeName.get(ClassName.get(List.class), javaType(((DecoderModel.ListOf) kind).element()));
    }
}
