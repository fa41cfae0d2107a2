package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the aws-lambda-java-events {@code SQSEvent.SQSMessage} for methods that ask for it. Only those methods'
 * handlers load this class, so only they need aws-lambda-java-events at run time (it is on their class path
 * anyway: their method signature names it).
 */
public final class RawSqsMessages {

    private RawSqsMessages() {}

    public static SQSEvent.SQSMessage of(SqsRecord record) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(record.messageId());
        message.setReceiptHandle(record.receiptHandle());
        message.setBody(record.body());
        message.setMd5OfBody(record.md5OfBody());
        message.setMd5OfMessageAttributes(record.md5OfMessageAttributes());
        message.setEventSource(record.eventSource());
        message.setEventSourceArn(record.eventSourceArn());
        message.setAwsRegion(record.awsRegion());
        message.setAttributes(new LinkedHashMap<>(record.attributes()));
        Map<String, SQSEvent.MessageAttribute> attributes = new LinkedHashMap<>();
        record.messageAttributes().forEach((name, value) -> {
            SQSEvent.MessageAttribute attribute = new SQSEvent.MessageAttribute();
            attribute.setDataType(value.dataType());
            attribute.setStringValue(value.stringValue());
            if (value.binaryValue() != null) {
                attribute.setBinaryValue(ByteBuffer.wrap(Base64.getDecoder().decode(value.binaryValue())));
            }
            attributes.put(name, attribute);
        });
        message.setMessageAttributes(attributes);
        return message;
    }
}
