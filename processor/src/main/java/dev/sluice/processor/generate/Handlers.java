package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.CONTEXT;
import static dev.sluice.processor.generate.RuntimeTypes.REQUEST_STREAM_HANDLER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.FunctionModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** What every generated handler has: its class, {@code FUNCTION_NAME}, the init-once target and the entry point. */
final class Handlers {

    private Handlers() {}

    /** {@code public final class <Handler> implements RequestStreamHandler}, with its Javadoc. */
    static TypeSpec.Builder handlerClass(FunctionModel function, CodeBlock javadoc,
            Optional<AnnotationSpec> generated) {
        TypeSpec.Builder type = TypeSpec.classBuilder(function.handler())
                .addJavadoc(javadoc)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(REQUEST_STREAM_HANDLER);
        generated.ifPresent(type::addAnnotation);
        return type.addField(FieldSpec.builder(String.class, "FUNCTION_NAME", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("$S", function.name())
                .build());
    }

    /** The user's object, created once per container. */
    static FieldSpec target(FunctionModel function) {
        return FieldSpec.builder(function.userClass(), "target", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Created once per container, during Lambda's init phase, and reused by every invocation.\n")
                .initializer("new $T()", function.userClass())
                .build();
    }

    /** The timeout guard's margin, for handlers that loop over records. */
    static FieldSpec timeoutMargin(FunctionModel function, String unit) {
        return FieldSpec.builder(long.class, "TIMEOUT_MARGIN_MILLIS", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("Below this much remaining time no $L is started (@Function.timeoutMarginMillis).\n", unit)
                .initializer("$LL", function.timeoutMarginMillis())
                .build();
    }

    /** {@code handleRequest(InputStream, OutputStream, Context)}: what Lambda calls. */
    static MethodSpec handleRequest(CodeBlock body) {
        return MethodSpec.methodBuilder("handleRequest")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(InputStream.class, "input")
                .addParameter(OutputStream.class, "output")
                .addParameter(CONTEXT, "context")
                .addException(IOException.class)
                .addCode(body)
                .build();
    }

    static JavaFile file(ClassName handler, TypeSpec type) {
        return JavaFile.builder(handler.packageName(), type).skipJavaLangImports(true).indent("    ").build();
    }
}
