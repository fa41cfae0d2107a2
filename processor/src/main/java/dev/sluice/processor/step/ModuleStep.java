package dev.sluice.processor.step;

import com.palantir.javapoet.AnnotationSpec;
import dev.sluice.annotations.Function;
import dev.sluice.annotations.IamStatement;
import dev.sluice.annotations.Pipeline;
import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesQueue;
import dev.sluice.annotations.UsesEventBus;
import dev.sluice.annotations.UsesKinesisStream;
import dev.sluice.annotations.UsesTopic;
import dev.sluice.annotations.UsesTable;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.GeneratedAnnotation;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.MethodRef;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.parse.FunctionParser;
import dev.sluice.processor.parse.PipelineParser;
import dev.sluice.processor.trigger.Triggers;
import dev.sluice.processor.validate.PipelineChecks;
import dev.sluice.processor.validate.PipelineValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Everything the processor does for one module, round by round. Per round: each trigger method whose types
 * are all resolved goes through {@link FunctionStep}; methods that mention a type not generated yet wait for a
 * later round. After the last round: module-wide checks, then the descriptor.
 */
public final class ModuleStep {

    /** Where to write serverless.yml besides target/classes; by default the module root, found from it. */
    public static final String DESCRIPTOR_DIR = "sluice.descriptorDir";
    /** The deployable jar, relative to the descriptor, e.g. {@code target/orders-1.0.0.jar}. */
    public static final String ARTIFACT = "sluice.artifact";

    /** Processor options ({@code -A...}) Sluice reads. */
    public static final Set<String> OPTIONS = Set.of(DESCRIPTOR_DIR, ARTIFACT);

    private final ProcessingEnvironment env;
    private final Messager messager;
    private final Types types;
    private final Triggers triggers;
    private final FunctionStep functions;
    private final ElementLocator locator;
    private final PipelineValidator pipelineValidator = new PipelineValidator();
    private final PipelineParser pipelineParser = new PipelineParser();
    private final DescriptorStep descriptors;

    private final List<FunctionModel> models = new ArrayList<>();
    private final Set<MethodRef> deferred = new LinkedHashSet<>();
    /** Every class seen with {@code @Pipeline}, in order; a module must have exactly one. */
    private final List<String> pipelineClasses = new ArrayList<>();
    private PipelineModel pipeline;

    public ModuleStep(ProcessingEnvironment env) {
        this.env = env;
        this.messager = env.getMessager();
        this.types = env.getTypeUtils();
        this.locator = new ElementLocator(env.getElementUtils(), types);
        Optional<AnnotationSpec> generated = GeneratedAnnotation.of(env.getElementUtils());
        this.triggers = new Triggers(generated);
        this.descriptors = new DescriptorStep(env, locator, triggers);
        this.functions = new FunctionStep(messager, env.getFiler(), env.getElementUtils(), types, generated,
                triggers);
    }

    /** Never throws: a failure inside Sluice becomes a compiler error, not a javac crash. */
    public void process(RoundEnvironment round) {
        try {
            if (round.processingOver()) {
                finish(round.errorRaised());
            } else {
                processRound(round);
            }
        } catch (Exception | LinkageError | AssertionError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            messager.printMessage(Diagnostic.Kind.ERROR,
                    Message.INTERNAL_ERROR.format("this module", String.valueOf(e), trace));
        }
    }

    private void processRound(RoundEnvironment round) throws IOException {
        for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(Pipeline.class))) {
            processPipeline(type);
        }
        for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(Function.class))) {
            if (!functions.isTrigger(method)) {
                Report report = new Report();
                report.error(method, Message.FUNCTION_WITHOUT_TRIGGER, method.getSimpleName());
                report.printTo(messager);
            }
        }
        Set<ExecutableElement> granted = new LinkedHashSet<>();
        for (Class<? extends Annotation> grant : GRANTS) {
            granted.addAll(ElementFilter.methodsIn(round.getElementsAnnotatedWith(grant)));
        }
        for (ExecutableElement method : granted) {
            if (!functions.isTrigger(method) && method.getAnnotation(Function.class) == null) {
                // (With @Function the method is already reported.) A grant configures a function's role: without a trigger there is no function, and no role.
                Report report = new Report();
                report.error(method, Message.GRANT_WITHOUT_TRIGGER, method.getSimpleName(), grantsOn(method));
                report.printTo(messager);
            }
        }
        Set<ExecutableElement> methods = new LinkedHashSet<>();
        for (MethodRef ref : deferred) {
            locator.method(ref).ifPresent(methods::add);
        }
        deferred.clear();
        for (Class<? extends Annotation> trigger : triggers.annotations()) {
            methods.addAll(ElementFilter.methodsIn(round.getElementsAnnotatedWith(trigger)));
        }
        for (ExecutableElement method : methods) {
            if (hasUnresolvedTypes(method)) {
                deferred.add(FunctionParser.ref(method, types));
                continue;
            }
            functions.process(method, pipeline).ifPresent(models::add);
        }
    }

    private void processPipeline(TypeElement type) {
        pipelineClasses.add(type.getQualifiedName().toString());
        if (pipelineClasses.size() > 1) {
            return; // reported on every @Pipeline class after the last round
        }
        Report report = new Report();
        pipelineValidator.validate(type, report);
        if (report.isClean()) {
            pipeline = pipelineParser.parse(type);
        }
        report.printTo(messager);
    }

    private void finish(boolean errorsBefore) throws IOException {
        Report report = new Report();
        for (MethodRef ref : deferred) {
            locator.method(ref).ifPresent(method -> report.error(method, Message.TYPE_UNRESOLVED,
                    unresolvedTypes(method), ref.type() + "." + ref.method()));
        }
        models.sort(Comparator.comparing(FunctionModel::name).thenComparing(f -> f.origin().toString()));
        if (pipelineClasses.size() > 1) {
            for (String name : pipelineClasses) {
                String others = pipelineClasses.stream().filter(other -> !other.equals(name))
                        .collect(Collectors.joining(", "));
                locator.type(name).ifPresent(type -> report.error(type, Message.PIPELINE_DUPLICATE, name, others));
            }
            report.printTo(messager);
            return;
        }
        if (!pipelineClasses.isEmpty() && pipeline == null) {
            // The @Pipeline had errors of its own, already reported; checking against it would only add noise.
            report.printTo(messager);
            return;
        }
        new PipelineChecks(locator, triggers).check(pipeline, models, report);
        boolean clean = report.isClean();
        report.printTo(messager);
        if (clean && !errorsBefore && pipeline != null) {
            descriptors.write(pipeline, models);
        }
    }

    /** The grant annotations, and the containers javac wraps repeated ones in. */
    public static final List<Class<? extends Annotation>> GRANTS = List.of(UsesTable.class, UsesTable.List.class,
            UsesBucket.class, UsesBucket.List.class, UsesQueue.class, UsesQueue.List.class, UsesTopic.class,
            UsesTopic.List.class, UsesEventBus.class, UsesEventBus.List.class, UsesKinesisStream.class,
            UsesKinesisStream.List.class, IamStatement.class,
            IamStatement.List.class);

    private static String grantsOn(ExecutableElement method) {
        Set<String> names = new java.util.TreeSet<>();
        for (Class<? extends Annotation> grant : GRANTS) {
            if (method.getAnnotation(grant) != null) {
                names.add("@" + (grant.getSimpleName().equals("List")
                        ? grant.getEnclosingClass().getSimpleName()
                        : grant.getSimpleName()));
            }
        }
        return String.join(", ", names);
    }

    private static boolean hasUnresolvedTypes(ExecutableElement method) {
        return !unresolvedTypes(method).isEmpty();
    }

    private static String unresolvedTypes(ExecutableElement method) {
        List<String> names = new ArrayList<>();
        for (Element parameter : method.getParameters()) {
            TypeMirror type = parameter.asType();
            if (type.getKind() == TypeKind.ERROR) {
                names.add(type.toString());
            }
        }
        return String.join(", ", names);
    }
}
