package dev.sluice.processor.generate;

import com.palantir.javapoet.ClassName;

/**
 * Every run-time type generated code refers to, in one place. Named here, not loaded: the processor does not ship
 * them; {@code RuntimeTypesTest} loads each from the runtime, so a renamed runtime class fails Sluice's build, not a
 * user's.
 */
public final class RuntimeTypes {

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
    static final ClassName SNS_EVENT_READER = ClassName.get(SLUICE, "SnsEventReader");
    static final ClassName SNS_RECORD = ClassName.get(SLUICE, "SnsRecord");
    static final ClassName SNS_MESSAGE = ClassName.get(SLUICE, "SnsMessage");
    static final ClassName SNS_INVOCATION_EXCEPTION = ClassName.get(SLUICE, "SnsInvocationException");
    static final ClassName KINESIS_EVENT_READER = ClassName.get(SLUICE, "KinesisEventReader");
    static final ClassName KINESIS_RECORD = ClassName.get(SLUICE, "KinesisRecord");
    static final ClassName EVENT_BRIDGE_EVENT_READER = ClassName.get(SLUICE, "EventBridgeEventReader");
    static final ClassName EVENT_BRIDGE_EVENT = ClassName.get(SLUICE, "EventBridgeEvent");
    static final ClassName EVENT_BRIDGE_INVOCATION_EXCEPTION = ClassName.get(SLUICE, "EventBridgeInvocationException");
    static final ClassName S3_EVENT_READER = ClassName.get(SLUICE, "S3EventReader");
    static final ClassName S3_RECORD = S3_EVENT_READER.nestedClass("Record");
    static final ClassName S3_FAILURES = ClassName.get(SLUICE, "S3Failures");
    static final ClassName S3_KEYS = ClassName.get(SLUICE, "S3Keys");
    static final ClassName S3_UPLOAD = ClassName.get(SLUICE, "S3Upload");
    static final ClassName S3_OBJECTS = ClassName.get(SLUICE, "S3Objects");
    static final ClassName SCHEDULED_EVENTS = ClassName.get(SLUICE, "ScheduledEvents");
    static final ClassName RAW_SCHEDULED_EVENTS = ClassName.get(SLUICE, "RawScheduledEvents");
    static final ClassName STREAM_EVENT_READER = ClassName.get(SLUICE, "StreamEventReader");
    static final ClassName STREAM_RECORD = STREAM_EVENT_READER.nestedClass("Record");
    static final ClassName STREAM_CHECKPOINT = ClassName.get(SLUICE, "StreamCheckpoint");
    static final ClassName RAW_STREAM_RECORDS = ClassName.get(SLUICE, "RawStreamRecords");
    static final ClassName PRIMING = ClassName.get(SLUICE, "Priming");
    static final ClassName HTTP_REQUEST = ClassName.get(SLUICE, "HttpRequest");
    static final ClassName HTTP_RESPONSE = ClassName.get(SLUICE, "HttpResponse");
    static final ClassName HTTP_RESPONSES = ClassName.get(SLUICE, "HttpResponses");
    static final ClassName HTTP_EVENT_READER = ClassName.get(SLUICE, "HttpEventReader");
    static final ClassName HTTP_PARAMS = ClassName.get(SLUICE, "HttpParams");
    static final ClassName HTTP_CORS = ClassName.get(SLUICE, "HttpCors");
    static final ClassName PAYLOAD_ENCODER = ClassName.get(SLUICE, "PayloadEncoder");
    static final ClassName PAYLOAD_WRITER = ClassName.get(SLUICE, "PayloadWriter");
    static final ClassName JSON_PAYLOAD_WRITER = ClassName.get(SLUICE, "JsonPayloadWriter");
    static final ClassName JSON_WRITERS = ClassName.get(SLUICE + ".json", "JsonWriters");
    static final ClassName JSON_WRITER = JSON_WRITERS.nestedClass("Writer");
    static final ClassName JSON_WRITER_ELEMENTS = JSON_WRITERS.nestedClass("Elements");
    static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    static final ClassName JSON_VALUES = ClassName.get(SLUICE + ".json", "JsonValues");
    static final ClassName JSON_ELEMENTS = JSON_VALUES.nestedClass("Elements");
    static final ClassName JSON_READER = JSON_VALUES.nestedClass("Reader");

    static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");

    static final ClassName CRAC_CORE = ClassName.get("org.crac", "Core");
    static final ClassName CRAC_RESOURCE = ClassName.get("org.crac", "Resource");
    static final ClassName CRAC_CONTEXT = ClassName.get("org.crac", "Context");

    static final ClassName CONTEXT = ClassName.get(LAMBDA, "Context");
    static final ClassName REQUEST_STREAM_HANDLER = ClassName.get(LAMBDA, "RequestStreamHandler");
}
