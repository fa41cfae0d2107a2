package dev.sluice.processor.step;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.DecoderGenerator;
import dev.sluice.processor.generate.EncoderGenerator;
import dev.sluice.processor.model.DecoderModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.Trigger;
import dev.sluice.processor.parse.FunctionParser;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.trigger.TriggerPlugin;
import dev.sluice.processor.trigger.Triggers;
import dev.sluice.processor.validate.ClasspathValidator;
import dev.sluice.processor.validate.FunctionValidator;
import dev.sluice.processor.validate.GrantValidator;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
    private final Triggers triggers;
    private final FunctionValidator functionValidator;
    private final GrantValidator grantValidator = new GrantValidator();
    private final ClasspathValidator classpathValidator;
    private final FunctionParser parser;
    private final PayloadTypes payloadTypes = new PayloadTypes();
    private final DecoderGenerator decoderGenerator;
    private final EncoderGenerator encoderGenerator;
    private final Elements elements;
    /** Handlers written so far, by class name, so that two methods never claim the same handler. */
    private final Map<String, FunctionModel> written = new HashMap<>();
    /** Records whose decoder was written: one per record, however many functions read it. */
    private final Set<String> decoders = new HashSet<>();
    /** Encoders written so far, by record: one per record, however many functions return it. */
    private final Set<String> encoders = new HashSet<>();

    FunctionStep(Messager messager, Filer filer, Elements elements, Types types, Optional<AnnotationSpec> generated,
            Triggers triggers) {
        this.messager = messager;
        this.filer = filer;
        this.triggers = triggers;
        this.functionValidator = new FunctionValidator(elements, types);
        this.classpathValidator = new ClasspathValidator(elements);
        this.parser = new FunctionParser(types);
        this.decoderGenerator = new DecoderGenerator(generated);
        this.encoderGenerator = new EncoderGenerator(generated);
        this.elements = elements;
    }

    /**
     * The function's model when its handler was written; empty when the method has errors. {@code pipeline} is
     * the module's pipeline when already known (it normally is: it is read first in each round), else null.
     */
    Optional<FunctionModel> process(ExecutableElement method, PipelineModel pipeline) throws IOException {
        Report report = new Report();
        List<TriggerPlugin<?>> found = triggers.on(method);
        if (found.size() > 1) {
            report.error(method, Message.MULTIPLE_TRIGGERS, method.getSimpleName(),
                    found.stream().map(t -> "@" + t.annotation().getSimpleName()).collect(Collectors.joining(" and ")));
            report.printTo(messager);
            return Optional.empty();
        }
        TriggerPlugin<?> plugin = found.get(0);
        functionValidator.validate(method, plugin.annotation().getSimpleName(), plugin.answers(), report);
        Optional<? extends Trigger> trigger = plugin.read(method, payloadTypes, report);
        grantValidator.validate(method, report);
        boolean clean = report.isClean();
        // Warnings too: a clean report may still hold them.
        report.printTo(messager);
        if (!clean) {
            return Optional.empty();
        }
        FunctionModel function = parser.parse(method, plugin.annotation(), trigger.orElseThrow());
        FunctionModel clash = written.putIfAbsent(function.handler().canonicalName(), function);
        if (clash != null) {
            report.error(method, Message.HANDLER_CLASS_CLASH, function.handler().canonicalName(), clash.origin(),
                    function.origin());
            report.printTo(messager);
            return Optional.empty();
        }
        boolean snapStart = function.effectiveSnapStart(pipeline);
        classpathValidator.validate(method, function, snapStart, report);
        if (report.isClean()) {
            triggers.checkClasspath(method, function, elements, report);
        }
        if (!report.isClean()) {
            report.printTo(messager);
            return Optional.empty();
        }
        TypeElement type = (TypeElement) method.getEnclosingElement();
        if (function.trigger().decoder() != null) {
            writeForRecords(function.trigger().decoder(), decoders, decoderGenerator::generate, type);
        }
        if (function.trigger().encoder() != null) {
            writeForRecords(function.trigger().encoder(), encoders, encoderGenerator::generate, type);
        }
        write(triggers.generate(function, snapStart), type);
        return Optional.of(function);
    }

    /**
     * The file {@code generator} writes for {@code model} and for every record it contains, each once per
     * compilation ({@code written} holds the records done).
     */
    private void writeForRecords(DecoderModel model, Set<String> written,
            java.util.function.Function<DecoderModel, JavaFile> generator, TypeElement origin) throws IOException {
        if (!written.add(model.type().canonicalName())) {
            return;
        }
        write(generator.apply(model), origin);
        for (DecoderModel nested : model.nestedRecords()) {
            writeForRecords(nested, written, generator, origin);
        }
    }

    private void write(JavaFile file, TypeElement origin) throws IOException {
        JavaFile.builder(file.packageName(), file.typeSpec().toBuilder().addOriginatingElement(origin).build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .writeTo(filer);
    }

    boolean isTrigger(ExecutableElement method) {
        return !triggers.on(method).isEmpty();
    }
}
