package dev.sluice.processor.descriptor.spec;

import java.util.List;

/**
 * What a trigger needs from a resource the pipeline declares, which the resource's builder honours: a queue's
 * visibility timeout, a table's stream, a bucket's notifications, the HTTP API's CORS. Triggers state needs; they
 * never write another resource's properties.
 */
public sealed interface Demand {

    /** A function reads a declared queue and needs this visibility timeout (the largest demand wins). */
    record QueueConsumer(String queue, int visibilityTimeoutSeconds) implements Demand {}

    /**
     * An AWS service must be able to send to a declared queue on behalf of one source of a function's trigger (an
     * EventBridge rule's dead-letter queue, say): a statement of the queue's policy.
     *
     * @param sid the statement's id, unique in the queue's policy
     * @param sourceArn the source, as a string or an intrinsic function
     */
    record QueueSender(String queue, String sid, String service, Object sourceArn) implements Demand {}

    /** A function reads a declared table's stream and needs these images. */
    record StreamConsumer(String table, boolean newImages, boolean oldImages) implements Demand {}

    /**
     * A function is notified of objects in a declared bucket.
     *
     * @param function the function's name
     * @param target the function's ARN or its SnapStart alias
     * @param prefix possibly empty
     * @param suffix possibly empty
     */
    record BucketNotification(String bucket, String function, Object target, List<String> events, String prefix,
            String suffix) implements Demand {}

    /**
     * A function serves an HTTP route; the framework creates the API and the route's resources, which the resource
     * count needs.
     *
     * @param rest a REST API's route, else an HTTP API's
     * @param method upper case, {@code ANY} for every method
     * @param validated whether a REST route's body is validated against a schema
     */
    record HttpRoute(boolean rest, String method, String path, String function, boolean cors, boolean validated)
            implements Demand {}

    /**
     * An HTTP API route allows cross-origin calls: the API's one CORS configuration (the routes agree, a pipeline
     * rule checks).
     *
     * @param maxAgeSeconds -1 for the browser's default
     */
    record HttpApiCors(List<String> origins, List<String> headers, int maxAgeSeconds, boolean credentials)
            implements Demand {}
}
