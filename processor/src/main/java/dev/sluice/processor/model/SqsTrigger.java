package dev.sluice.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * An {@code @OnSqs} trigger: the queue, the event source mapping's batching settings and how the handler calls
 * the method. The descriptor's {@code sqs} event and the generated loop are both written from this record, so
 * the two cannot drift apart.
 *
 * @param maximumConcurrency the mapping's maximum concurrency, or null for Lambda's default
 * @param failOnUnknownProperties whether a property the payload type does not declare fails the message
 * @param payloadType the type the body is decoded into; null unless {@code shape.decodes()}
 * @param decoder the generated decoder of the payload type; null when databind decodes it (or nothing does)
 */
public record SqsTrigger(QueueRef queue, int batchSize, int maxBatchingWindowSeconds, Integer maximumConcurrency,
        boolean failOnUnknownProperties, SqsShape shape, TypeName payloadType, DecoderModel decoder)
        implements Trigger {

    /**
     * AWS's guidance for a queue that triggers Lambda: a visibility timeout of at least six times the function's
     * timeout, plus the batching window, so that retries by the poller never see a message still in flight.
     */
    public int recommendedVisibilityTimeout(int functionTimeoutSeconds) {
        return 6 * functionTimeoutSeconds + maxBatchingWindowSeconds;
    }

    @Override
    public TypeName decodedType() {
        return payloadType;
    }
}
