package dev.sluice.processor.generate;

import com.palantir.javapoet.ClassName;

/** The run-time types generated handlers refer to. Named here, not loaded: the processor does not ship them. */
final class RuntimeTypes {

    private RuntimeTypes() {}

    private static final String SLUICE = "dev.sluice.runtime";
    private static final String LAMBDA = "com.amazonaws.services.lambda.runtime";

    static final ClassName PAYLOAD_DECODER = ClassName.get(SLUICE, "PayloadDecoder");
    static final ClassName PAYLOAD_READER = ClassName.get(SLUICE, "PayloadReader");
    static final ClassName JSON_PAYLOAD_READER = ClassName.get(SLUICE, "JsonPayloadReader");
    static final ClassName SQS_BATCH_FAILURES = ClassName.get(SLUICE, "SqsBatchFailures");
    static final ClassName SQS_EVENT_READER = ClassName.get(SLUICE, "SqsEventReader");
    static final ClassName SQS_RECORD = ClassName.get(SLUICE, "SqsRecord");
    static final ClassName SQS_MESSAGE = ClassName.get(SLUICE, "SqsMessage");
    static final ClassName RAW_SQS_MESSAGES = ClassName.get(SLUICE, "RawSqsMessages");
    static final ClassName TIMEOUT_GUARD = ClassName.get(SLUICE, "TimeoutGuard");
    static final ClassName SQS_PRIMING = ClassName.get(SLUICE, "SqsPriming");

    static final ClassName CRAC_CORE = ClassName.get("org.crac", "Core");
    static final ClassName CRAC_RESOURCE = ClassName.get("org.crac", "Resource");
    static final ClassName CRAC_CONTEXT = ClassName.get("org.crac", "Context");

    static final ClassName CONTEXT = ClassName.get(LAMBDA, "Context");
    static final ClassName REQUEST_STREAM_HANDLER = ClassName.get(LAMBDA, "RequestStreamHandler");
}
