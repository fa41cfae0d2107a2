package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the aws-lambda-java-events {@code DynamodbStreamRecord} for methods that ask for it, from a record read
 * with {@link StreamEventReader#readComplete}. Only their handlers load this class, and with it
 * aws-lambda-java-events, which such methods have on their class path.
 */
public final class RawStreamRecords {

    private RawStreamRecords() {}

    public static DynamodbEvent.DynamodbStreamRecord of(StreamEventReader.Record record) throws IOException {
        StreamEventReader.Raw raw = record.raw();
        StreamRecord stream = new StreamRecord();
        stream.setSequenceNumber(record.sequenceNumber());
        stream.setApproximateCreationDateTime(new Date(record.approximateCreationSeconds() * 1000));
        stream.setSizeBytes(raw.sizeBytes());
        if (raw.streamViewType() != null) {
            stream.setStreamViewType(StreamViewType.fromValue(raw.streamViewType()));
        }
        stream.setKeys(item(raw.keys()));
        stream.setOldImage(item(raw.oldImage()));
        stream.setNewImage(item(raw.newImage()));
        DynamodbEvent.DynamodbStreamRecord result = new DynamodbEvent.DynamodbStreamRecord();
        result.setEventID(raw.eventId());
        result.setEventName(record.eventName());
        result.setEventVersion(raw.eventVersion());
        result.setEventSource(raw.eventSource());
        result.setAwsRegion(raw.awsRegion());
        result.setEventSourceARN(raw.eventSourceArn());
        result.setDynamodb(stream);
        return result;
    }

    private static Map<String, AttributeValue> item(String typed) throws IOException {
        if (typed == null) {
            return null;
        }
        try (JsonParser parser = JsonPayloadReader.FACTORY.createParser(typed)) {
            parser.nextToken();
            return attributes(parser);
        }
    }

    private static Map<String, AttributeValue> attributes(JsonParser parser) throws IOException {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            map.put(name, value(parser));
        }
        return map;
    }

    /** One typed value, the parser on its {@code {}. */
    private static AttributeValue value(JsonParser parser) throws IOException {
        parser.nextToken();
        String type = parser.currentName();
        parser.nextToken();
        AttributeValue value = new AttributeValue();
        switch (type) {
            case "S" -> value.setS(parser.getText());
            case "N" -> value.setN(parser.getText());
            case "B" -> value.setB(ByteBuffer.wrap(Base64.getDecoder().decode(parser.getText())));
            case "BOOL" -> value.setBOOL(parser.getBooleanValue());
            case "NULL" -> value.setNULL(parser.getBooleanValue());
            case "M" -> value.setM(attributes(parser));
            case "L" -> {
                List<AttributeValue> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                value.setL(list);
            }
            case "SS", "NS" -> {
                List<String> strings = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    strings.add(parser.getText());
                }
                if (type.equals("SS")) {
                    value.setSS(strings);
                } else {
                    value.setNS(strings);
                }
            }
            case "BS" -> {
                List<ByteBuffer> buffers = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    buffers.add(ByteBuffer.wrap(Base64.getDecoder().decode(parser.getText())));
                }
                value.setBS(buffers);
            }
            default -> throw new IOException("unknown DynamoDB attribute type " + type);
        }
        parser.nextToken(); // the value's END_OBJECT
        return value;
    }
}
