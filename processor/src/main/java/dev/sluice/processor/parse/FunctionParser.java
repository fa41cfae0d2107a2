package dev.sluice.processor.parse;

import com.palantir.javapoet.ClassName;
import dev.sluice.annotations.Env;
import dev.sluice.annotations.Function;
import dev.sluice.annotations.IamStatement;
import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesQueue;
import dev.sluice.annotations.UsesEventBus;
import dev.sluice.annotations.UsesKinesisStream;
import dev.sluice.annotations.UsesTopic;
import dev.sluice.annotations.UsesTable;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.Grant;
import dev.sluice.processor.model.IamStatementModel;
import dev.sluice.processor.model.MethodRef;
import dev.sluice.processor.model.Trigger;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * Builds the model of a trigger method that validated cleanly. It assumes validity and reports nothing.
 */
public final class FunctionParser {

    private final Types types;

    public FunctionParser(Types types) {
        this.types = types;
    }

    /** The function of {@code method}, whose trigger its plug-in has read. */
    public FunctionModel parse(ExecutableElement method, Class<? extends Annotation> annotation, Trigger trigger) {
        TypeElement type = (TypeElement) method.getEnclosingElement();
        ClassName userClass = ClassName.get(type);
        Function function = method.getAnnotation(Function.class);
        String name = function == null || function.name().isEmpty()
                ? method.getSimpleName().toString()
                : function.name();
        Map<String, String> environment = new LinkedHashMap<>();
        if (function != null) {
            for (Env env : function.environment()) {
                environment.put(env.name(), env.value());
            }
        }
        return new FunctionModel(
                name,
                userClass,
                method.getSimpleName().toString(),
                handlerName(userClass, method.getSimpleName().toString()),
                function == null || function.memoryMb() == Function.UNSET ? null : function.memoryMb(),
                function == null || function.timeoutSeconds() == Function.UNSET ? null : function.timeoutSeconds(),
                function == null || function.reservedConcurrency() == Function.UNSET
                        ? null
                        : function.reservedConcurrency(),
                function == null || function.ephemeralStorageMb() == Function.UNSET
                        ? null
                        : function.ephemeralStorageMb(),
                function == null ? "" : function.description(),
                Collections.unmodifiableMap(environment),
                function == null ? 2000 : function.timeoutMarginMillis(),
                function == null || function.snapStart() == Function.SnapStart.PIPELINE_DEFAULT
                        ? null
                        : function.snapStart() == Function.SnapStart.ENABLED,
                annotation,
                trigger,
                grants(method),
                statements(method),
                ref(method, types));
    }

    private static List<Grant> grants(ExecutableElement method) {
        List<Grant> grants = new ArrayList<>();
        for (UsesTable table : method.getAnnotationsByType(UsesTable.class)) {
            grants.add(new Grant.TableGrant(table.value(), table.access(), List.of(table.only())));
        }
        for (UsesBucket bucket : method.getAnnotationsByType(UsesBucket.class)) {
            grants.add(new Grant.BucketGrant(bucket.value(), bucket.access(), bucket.prefix()));
        }
        for (UsesQueue queue : method.getAnnotationsByType(UsesQueue.class)) {
            grants.add(new Grant.QueueGrant(queue.value()));
        }
        for (UsesTopic topic : method.getAnnotationsByType(UsesTopic.class)) {
            grants.add(new Grant.TopicGrant(topic.value()));
        }
        for (UsesEventBus bus : method.getAnnotationsByType(UsesEventBus.class)) {
            grants.add(new Grant.EventBusGrant(bus.value()));
        }
        for (UsesKinesisStream stream : method.getAnnotationsByType(UsesKinesisStream.class)) {
            grants.add(new Grant.KinesisStreamGrant(stream.value()));
        }
        return List.copyOf(grants);
    }

    private static List<IamStatementModel> statements(ExecutableElement method) {
        List<IamStatementModel> statements = new ArrayList<>();
        for (IamStatement statement : method.getAnnotationsByType(IamStatement.class)) {
            statements.add(new IamStatementModel(List.of(statement.actions()), List.of(statement.resources())));
        }
        return List.copyOf(statements);
    }

    /** {@code Payments.processPayment} → {@code Payments_processPaymentHandler}, in the same package. */
    static ClassName handlerName(ClassName userClass, String method) {
        return ClassName.get(userClass.packageName(),
                String.join("_", userClass.simpleNames()) + "_" + method + "Handler");
    }

    /** A reference to {@code method} that survives javac's rounds. */
    public static MethodRef ref(ExecutableElement method, Types types) {
        return new MethodRef(
                ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString(),
                method.getSimpleName().toString(),
                method.getParameters().stream().map(p -> types.erasure(p.asType()).toString()).toList());
    }
}
