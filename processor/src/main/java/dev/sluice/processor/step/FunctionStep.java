package dev.sluice.processor.step;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.annotations.OnSqs;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.SqsHandlerGenerator;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.parse.FunctionParser;
import dev.sluice.processor.validate.FunctionValidator;
import dev.sluice.processor.validate.GrantValidator;
import dev.sluice.processor.validate.SqsTriggerValidator;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * One trigger method, start to finish: validate, print the report, and only if it is clean build the model and
 * write the handler. Errors in one method never stop the others.
 */
final class FunctionStep {

    private final Messager messager;
    private final Filer filer;
    private final FunctionValidator functionValidator;
    private final SqsTriggerValidator sqsValidator = new SqsTriggerValidator();
    private final GrantValidator grantValidator = new GrantValidator();
    private final FunctionParser parser;
    private final SqsHandlerGenerator sqsGenerator;
    /** Handlers written so far, by class name, so that two methods never claim the same handler. */
    private final Map<String, FunctionModel> written = new HashMap<>();

    FunctionStep(Messager messager, Filer filer, Elements elements, Types types, Optional<AnnotationSpec> generated) {
        this.messager = messager;
        this.filer = filer;
        this.functionValidator = new FunctionValidator(elements, types);
        this.parser = new FunctionParser(types);
        this.sqsGenerator = new SqsHandlerGenerator(generated);
    }

    /** The function's model when its handler was written; empty when the method has errors. */
    Optional<FunctionModel> process(ExecutableElement method) throws IOException {
        Report report = new Report();
        functionValidator.validate(method, "OnSqs", report);
        sqsValidator.validate(method, report);
        grantValidator.validate(method, report);
        if (!report.isClean()) {
            report.printTo(messager);
            return Optional.empty();
        }
        FunctionModel function = parser.parse(method);
        FunctionModel clash = written.putIfAbsent(function.handler().canonicalName(), function);
        if (clash != null) {
            report.error(method, Message.FUNCTION_NAME_DUPLICATE, function.name(), clash.origin(), function.origin());
            report.printTo(messager);
            return Optional.empty();
        }
        JavaFile file = sqsGenerator.generate(function, (SqsTrigger) function.trigger());
        TypeElement type = (TypeElement) method.getEnclosingElement();
        JavaFile.builder(file.packageName(), file.typeSpec().toBuilder().addOriginatingElement(type).build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .writeTo(filer);
        return Optional.of(function);
    }

    static boolean isTrigger(ExecutableElement method) {
        return method.getAnnotation(OnSqs.class) != null;
    }
}
