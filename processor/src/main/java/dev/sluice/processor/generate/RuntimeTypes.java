package dev.sluice.processor.generate;

import com.palantir.javapoet.ClassName;

/** The run-time types generated handlers refer to. Named here, not loaded: the processor does not ship them. */
final class RuntimeTypes {

    private RuntimeTypes() {}

    private static final String SLUICE = "dev.sluice.runtime";
    private static final String LAMBDA = "com.amazonaws.services.lambda.runtime";
    private static final String EVENTS = LAMBDA + ".events";

    static final ClassName PAYLOAD_READER = ClassName.get(SLUICE, "PayloadReader");
    static final ClassName SQS_BATCH_FAILURES = ClassName.get(SLUICE, "SqsBatchFailures");
    static final ClassName SQS_MESSAGE = ClassName.get(SLUICE, "SqsMessage");
    static final ClassName TIMEOUT_GUARD = ClassName.get(SLUICE, "TimeoutGuard");

    static final ClassName CONTEXT = ClassName.get(LAMBDA, "Context");
    static final ClassName REQUEST_HANDLER = ClassName.get(LAMBDA, "RequestHandler");
    static final ClassName SQS_EVENT = ClassName.get(EVENTS, "SQSEvent");
    static final ClassName SQS_EVENT_MESSAGE = SQS_EVENT.nestedClass("SQSMessage");
    static final ClassName SQS_BATCH_RESPONSE = ClassName.get(EVENTS, "SQSBatchResponse");
}
