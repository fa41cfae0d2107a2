package dev.sluice.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import javax.lang.model.element.Modifier;

/**
 * SnapStart: makes a handler a CRaC resource that registers itself when created and runs {@code prime} before
 * the snapshot, so that restored containers find the handler's event path loaded and warm.
 */
final class Priming {

    private static final TypeName CONTEXT = ParameterizedTypeName.get(RuntimeTypes.CRAC_CONTEXT,
            WildcardTypeName.subtypeOf(RuntimeTypes.CRAC_RESOURCE));

    private Priming() {}

    static void addTo(TypeSpec.Builder handler, CodeBlock prime, String what) {
        handler.addSuperinterface(RuntimeTypes.CRAC_RESOURCE)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("$T.getGlobalContext().register(this)", RuntimeTypes.CRAC_CORE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("beforeCheckpoint")
                        .addJavadoc("SnapStart: restored containers start with $L loaded and warm.\n", what)
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(CONTEXT, "context")
                        .addException(Exception.class)
                        .addStatement(prime)
                        .build())
                .addMethod(MethodSpec.methodBuilder("afterRestore")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(CONTEXT, "context")
                        .build());
    }
}
