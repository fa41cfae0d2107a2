package dev.sluice.processor.model;

/** The parameter lists an {@code @OnSqs} method may have, and what the handler passes for each. */
public enum SqsShape {
    /** {@code (T payload)}: the body decoded with Jackson. */
    PAYLOAD(true, false),
    /** {@code (String body)}: the body as received. */
    BODY(false, false),
    /** {@code (T payload, SqsMessage meta)}. */
    PAYLOAD_META(true, true),
    /** {@code (String body, SqsMessage meta)}. */
    BODY_META(false, true),
    /** {@code (SQSEvent.SQSMessage message)}: the aws-lambda-java-events object itself. */
    RAW_MESSAGE(false, false);

    private final boolean decodes;
    private final boolean withMeta;

    SqsShape(boolean decodes, boolean withMeta) {
        this.decodes = decodes;
        this.withMeta = withMeta;
    }

    /** True when the handler decodes the body into a payload type. */
    public boolean decodes() {
        return decodes;
    }

    /** True when the method takes an {@code SqsMessage} as its second parameter. */
    public boolean withMeta() {
        return withMeta;
    }
}
