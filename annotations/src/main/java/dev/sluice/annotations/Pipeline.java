package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the service that the functions of this Maven module deploy as: its name, its defaults and the
 * resources it owns. Exactly one class per module carries it; functions may live in any class of the module.
 *
 * <pre>{@code
 * @Pipeline(service = "payments", queues = @Queue(name = "payment-queue"))
 * public class Payments { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Pipeline {

    /** The Serverless Framework service name: letters, digits and hyphens, starting with a letter. */
    String service();

    /** Lambda runtime of every function. {@code java21} by default: AWS deprecated {@code java17}. */
    LambdaRuntime runtime() default LambdaRuntime.JAVA21;

    /** Default region written to the descriptor ({@code --region} overrides it at deploy time). */
    String region() default "us-east-1";

    /** Default stage written to the descriptor ({@code --stage} overrides it at deploy time). */
    String stage() default "dev";

    /** Memory of functions that do not set {@link Function#memoryMb()}, in MB (128 to 10240). */
    int memoryMb() default 1024;

    /** Timeout of functions that do not set {@link Function#timeoutSeconds()}, in seconds (1 to 900). */
    int timeoutSeconds() default 30;

    /**
     * {@code JAVA_TOOL_OPTIONS} of every function. By default the flags AWS recommends for short-lived Lambda
     * JVMs: tiered compilation stopped at C1, which cuts cold starts. Empty to leave the JVM's defaults; a
     * function's own {@code @Env(name = "JAVA_TOOL_OPTIONS", ...)} overrides it.
     */
    String javaToolOptions() default "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    /**
     * Lambda SnapStart for every function (functions can opt out, or in, with {@link Function#snapStart()}).
     * Generated handlers then prime their decode path before the snapshot. Needs {@code org.crac:crac} as a
     * dependency.
     */
    boolean snapStart() default false;

    /** Days CloudWatch Logs keeps each function's log; 0 keeps them forever. */
    int logRetentionDays() default 30;

    /** Queues of this pipeline; functions refer to them by {@link Queue#name()}. */
    Queue[] queues() default {};

    /** DynamoDB tables of this pipeline; functions refer to them by {@link Table#name()}. */
    Table[] tables() default {};

    /** S3 buckets of this pipeline; functions refer to them by {@link Bucket#name()}. */
    Bucket[] buckets() default {};

    /** SNS topics of this pipeline; functions refer to them by {@link Topic#name()}. */
    Topic[] topics() default {};

    /**
     * EventBridge event buses of this pipeline, besides the account's {@code default} bus, which every pipeline can
     * use without declaring it; functions refer to them by {@link EventBus#name()}.
     */
    EventBus[] eventBuses() default {};

    /** Kinesis data streams of this pipeline; functions refer to them by {@link KinesisStream#name()}. */
    KinesisStream[] kinesisStreams() default {};

    /** JWT authorizers of the pipeline's HTTP API; routes refer to them by {@link JwtAuthorizer#name()}. */
    JwtAuthorizer[] jwtAuthorizers() default {};
}
