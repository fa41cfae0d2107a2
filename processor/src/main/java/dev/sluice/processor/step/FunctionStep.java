package dev.sluice.processor.step;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.annotations.OnS3Upload;
import dev.sluice.annotations.OnSqs;
import dev.sluice.annotations.OnStream;
import dev.sluice.annotations.Schedule;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import com.palantir.javapoet.TypeName;
import dev.sluice.processor.generate.DecoderGenerator;
import dev.sluice.processor.generate.S3HandlerGenerator;
import dev.sluice.processor.generate.ScheduleHandlerGenerator;
import dev.sluice.processor.generate.SqsHandlerGenerator;
import dev.sluice.processor.generate.StreamHandlerGenerator;
import dev.sluice.processor.model.DecoderModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.S3Trigger;
import dev.sluice.processor.model.ScheduleTrigger;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.model.StreamTrigger;
import dev.sluice.processor.parse.FunctionParser;
import dev.sluice.processor.validate.FunctionValidator;
import dev.sluice.processor.validate.GrantValidator;
import dev.sluice.processor.validate.S3TriggerValidator;
import dev.sluice.processor.validate.ScheduleTriggerValidator;
import dev.sluice.processor.validate.SqsTriggerValidator;
import dev.sluice.processor.validate.StreamTriggerValidator;
import java.io.IOException;
import java.util.ArrayList;
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
    private final FunctionValidator functionValidator;
    private final SqsTriggerValidator sqsValidator = new SqsTriggerValidator();
    private final ScheduleTriggerValidator scheduleValidator = new ScheduleTriggerValidator();
    private final S3TriggerValidator s3Validator = new S3TriggerValidator();
    private final StreamTriggerValidator streamValidator = new StreamTriggerValidator();
    private final GrantValidator grantValidator = new GrantValidator();
    private final FunctionParser parser;
    private final SqsHandlerGenerator sqsGenerator;
    private final ScheduleHandlerGenerator scheduleGenerator;
    private final S3HandlerGenerator s3Generator;
    private final StreamHandlerGenerator streamGenerator;
    private final DecoderGenerator decoderGenerator;
    private final Elements elements;
    /** Handlers written so far, by class name, so that two methods never claim the same handler. */
    private final Map<String, FunctionModel> written = new HashMap<>();
    /** Decoders written so far: one per record, however many functions read it. */
    private final Set<String> decoders = new HashSet<>();

    FunctionStep(Messager messager, Filer filer, Elements elements, Types types, Optional<AnnotationSpec> generated) {
        this.messager = messager;
        this.filer = filer;
        this.functionValidator = new FunctionValidator(elements, types);
        this.parser = new FunctionParser(types);
        this.sqsGenerator = new SqsHandlerGenerator(generated);
        this.scheduleGenerator = new ScheduleHandlerGenerator(generated);
        this.s3Generator = new S3HandlerGenerator(generated);
        this.streamGenerator = new StreamHandlerGenerator(generated);
        this.decoderGenerator = new DecoderGenerator(generated);
        this.elements = elements;
    }

    /**
     * The function's model when its handler was written; empty when the method has errors. {@code pipeline} is
     * the module's pipeline when already known (it normally is: it is read first in each round), else null.
     */
    Optional<FunctionModel> process(ExecutableElement method, PipelineModel pipeline) throws IOException {
        Report report = new Report();
        List<String> triggers = triggers(method);
        if (triggers.size() > 1) {
            report.error(method, Message.MULTIPLE_TRIGGERS, method.getSimpleName(),
                    triggers.stream().map(t -> "@" + t).collect(Collectors.joining(" and ")));
            report.printTo(messager);
            return Optional.empty();
        }
        functionValidator.validate(method, triggers.get(0), report);
        switch (triggers.get(0)) {
            case "Schedule" -> scheduleValidator.validate(method, report);
            case "OnS3Upload" -> s3Validator.validate(method, report);
            case "OnStream" -> streamValidator.validate(method, report);
            default -> sqsValidator.validate(method, report);
        }
        grantValidator.validate(method, report);
        boolean clean = report.isClean();
        // Warnings too: a clean report may still hold them.
        report.printTo(messager);
        if (!clean) {
            return Optional.empty();
        }
        FunctionModel function = parser.parse(method);
        FunctionModel clash = written.putIfAbsent(function.handler().canonicalName(), function);
        if (clash != null) {
            report.error(method, Message.HANDLER_CLASS_CLASH, function.handler().canonicalName(), clash.origin(),
                    function.origin());
            report.printTo(messager);
            return Optional.empty();
        }
        TypeName payloadType = function.trigger().decodedType();
        DecoderModel decoder = function.trigger().decoder();
        if (payloadType != null && decoder == null
                && elements.getTypeElement("com.fasterxml.jackson.databind.ObjectReader") == null) {
            report.error(method.getParameters().get(0), Message.PAYLOAD_NEEDS_DATABIND, payloadType,
                    function.method(), "it is not a record of the types Sluice generates decoders for", payloadType);
            report.printTo(messager);
            return Optional.empty();
        }
        if (function.trigger() instanceof S3Trigger s3 && s3.readsContent()
                && (elements.getTypeElement("software.amazon.awssdk.services.s3.S3Client") == null
                        || elements.getTypeElement("software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient")
                                == null)) {
            report.error(method, Message.S3_NEEDS_SDK, function.name());
            report.printTo(messager);
            return Optional.empty();
        }
        boolean snapStart = function.snapStart() != null
                ? function.snapStart()
                : pipeline != null && pipeline.snapStart();
        if (snapStart && elements.getTypeElement("org.crac.Resource") == null) {
            report.error(method, Message.SNAPSTART_NEEDS_CRAC, function.name());
            report.printTo(messager);
            return Optional.empty();
        }
        TypeElement type = (TypeElement) method.getEnclosingElement();
        if (decoder != null) {
            writeDecoders(decoder, type);
        }
        JavaFile handler;
        if (function.trigger() instanceof SqsTrigger sqs) {
            handler = sqsGenerator.generate(function, sqs, snapStart);
        } else if (function.trigger() instanceof ScheduleTrigger schedule) {
            handler = scheduleGenerator.generate(function, schedule, snapStart);
        } else if (function.trigger() instanceof StreamTrigger stream) {
            handler = streamGenerator.generate(function, stream, snapStart);
        } else {
            handler = s3Generator.generate(function, (S3Trigger) function.trigger(), snapStart);
        }
        write(handler, type);
        return Optional.of(function);
    }

    /** The decoder of {@code model} and of every record it contains, each once per compilation. */
    private void writeDecoders(DecoderModel model, TypeElement origin) throws IOException {
        if (!decoders.add(model.decoder().canonicalName())) {
            return;
        }
        write(decoderGenerator.generate(model), origin);
        for (DecoderModel.Component component : model.components()) {
            DecoderModel.ValueKind kind = component.kind();
            while (kind instanceof DecoderModel.ListOf list) {
                kind = list.element();
            }
            if (kind instanceof DecoderModel.Nested nested) {
                writeDecoders(nested.record(), origin);
            }
        }
    }

    private void write(JavaFile file, TypeElement origin) throws IOException {
        JavaFile.builder(file.packageName(), file.typeSpec().toBuilder().addOriginatingElement(origin).build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .writeTo(filer);
    }

    static boolean isTrigger(ExecutableElement method) {
        return !triggers(method).isEmpty();
    }

    /** The trigger annotations on {@code method}, by simple name. */
    static List<String> triggers(ExecutableElement method) {
        List<String> triggers = new ArrayList<>();
        if (method.getAnnotation(OnSqs.class) != null) {
            triggers.add("OnSqs");
        }
        if (method.getAnnotation(Schedule.class) != null) {
            triggers.add("Schedule");
        }
        if (method.getAnnotation(OnS3Upload.class) != null) {
            triggers.add("OnS3Upload");
        }
        if (method.getAnnotation(OnStream.class) != null) {
            triggers.add("OnStream");
        }
        return triggers;
    }
}
