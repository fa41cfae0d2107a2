package dev.sluice.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.Env;
import dev.sluice.annotations.Function;
import dev.sluice.annotations.IamStatement;
import dev.sluice.annotations.OnS3Upload;
import dev.sluice.annotations.OnSqs;
import dev.sluice.annotations.OnStream;
import dev.sluice.annotations.Schedule;
import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesQueue;
import dev.sluice.annotations.UsesTable;
import dev.sluice.processor.model.DecoderModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.Grant;
import dev.sluice.processor.model.IamStatementModel;
import dev.sluice.processor.model.MethodRef;
import dev.sluice.processor.model.QueueRef;
import dev.sluice.processor.model.S3Trigger;
import dev.sluice.processor.model.ScheduleShape;
import dev.sluice.processor.model.ScheduleTrigger;
import dev.sluice.processor.model.SqsShape;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.model.StreamTrigger;
import dev.sluice.processor.model.Trigger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Builds the model of a trigger method that validated cleanly. It assumes validity and reports nothing.
 */
public final class FunctionParser {

    private final Types types;
    private final PayloadTypes payloadTypes = new PayloadTypes();

    public FunctionParser(Types types) {
        this.types = types;
    }

    public FunctionModel parse(ExecutableElement method) {
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
                trigger(method),
                grants(method),
                statements(method),
                ref(method, types));
    }

    private static List<Grant> grants(ExecutableElement method) {
        List<Grant> grants = new ArrayList<>();
        for (UsesTable table : method.getAnnotationsByType(UsesTable.class)) {
            grants.add(new Grant.TableGrant(table.value(), table.access()));
        }
        for (UsesBucket bucket : method.getAnnotationsByType(UsesBucket.class)) {
            grants.add(new Grant.BucketGrant(bucket.value(), bucket.access(), bucket.prefix()));
        }
        for (UsesQueue queue : method.getAnnotationsByType(UsesQueue.class)) {
            grants.add(new Grant.QueueGrant(queue.value()));
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

    private Trigger trigger(ExecutableElement method) {
        OnStream stream = method.getAnnotation(OnStream.class);
        if (stream != null) {
            TypeMirror item = StreamShapes.itemType(method).orElse(null); // null: the raw record
            List<OnStream.ChangeType> events = new ArrayList<>();
            for (OnStream.ChangeType event : stream.events()) {
                if (!events.contains(event)) {
                    events.add(event);
                }
            }
            events.sort(null);
            return new StreamTrigger(stream.table(), stream.startingPosition(), stream.batchSize(),
                    stream.maxBatchingWindowSeconds(), stream.images(), List.copyOf(events), stream.bisectOnError(),
                    stream.maximumRetryAttempts() < 0 ? null : stream.maximumRetryAttempts(),
                    stream.maximumRecordAgeSeconds() < 0 ? null : stream.maximumRecordAgeSeconds(),
                    stream.parallelizationFactor(), stream.onFailure().isEmpty() ? null : stream.onFailure(),
                    item == null ? null : TypeName.get(item),
                    item == null ? null : payloadTypes.decoderFor(item).orElse(null));
        }
        OnS3Upload s3 = method.getAnnotation(OnS3Upload.class);
        if (s3 != null) {
            List<String> events = new ArrayList<>();
            for (OnS3Upload.S3Event event : s3.events()) {
                if (!events.contains(event.type())) {
                    events.add(event.type());
                }
            }
            return new S3Trigger(s3.bucket(), s3.prefix(), s3.suffix(), List.copyOf(events),
                    s3.maximumRetryAttempts() < 0 ? null : s3.maximumRetryAttempts(),
                    s3.onFailure().isEmpty() ? null : s3.onFailure(), S3Shapes.of(method).orElseThrow());
        }
        Schedule schedule = method.getAnnotation(Schedule.class);
        if (schedule != null) {
            ScheduleShape shape = ScheduleShapes.of(method).orElseThrow();
            TypeMirror inputType = shape == ScheduleShape.INPUT ? method.getParameters().get(0).asType() : null;
            return new ScheduleTrigger(schedule.value(), schedule.input().isEmpty() ? null : schedule.input(),
                    schedule.enabled(), schedule.description(),
                    schedule.maximumRetryAttempts() < 0 ? null : schedule.maximumRetryAttempts(),
                    schedule.onFailure().isEmpty() ? null : schedule.onFailure(), shape,
                    inputType == null ? null : TypeName.get(inputType),
                    inputType == null ? null : payloadTypes.decoderFor(inputType).orElse(null));
        }
        OnSqs sqs = method.getAnnotation(OnSqs.class);
        SqsShape shape = SqsShapes.of(method).orElseThrow();
        QueueRef queue = sqs.queue().isEmpty() ? QueueRef.existing(sqs.queueArn()) : QueueRef.declared(sqs.queue());
        TypeName payload = shape.decodes() ? TypeName.get(SqsShapes.payloadType(method)) : null;
        DecoderModel decoder = shape.decodes()
                ? payloadTypes.decoderFor(SqsShapes.payloadType(method)).orElse(null)
                : null;
        return new SqsTrigger(queue, sqs.batchSize(), sqs.maxBatchingWindowSeconds(),
                sqs.maximumConcurrency() == 0 ? null : sqs.maximumConcurrency(), sqs.failOnUnknownProperties(), shape,
                payload, decoder);
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
