package dev.sluice.test;

import static com.google.common.truth.Truth.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every builder's event, read by the serializers AWS's Java runtime uses for aws-lambda-java-events: what a handler
 * written against AWS's own model would see is what the builder meant.
 */
class EventsTest {

    record Payment(String paymentId, BigDecimal amount, List<String> tags, Boolean refunded) {}

    private static <T> T read(Class<T> type, TestEvent event) {
        return LambdaEventSerializers.serializerFor(type, EventsTest.class.getClassLoader())
                .fromJson(new ByteArrayInputStream(event.bytes()));
    }

    @Test
    void sqsBatchesCarryIdsBodiesAttributesAndFifoGroups() {
        SQSEvent standard = read(SQSEvent.class, SqsBatch.on("payments")
                .message(new Payment("p-1", new BigDecimal("42.50"), List.of("eu"), null))
                .message("not json", 3, Map.of("tenant", "acme")));
        assertThat(standard.getRecords()).hasSize(2);
        SQSEvent.SQSMessage first = standard.getRecords().get(0);
        assertThat(first.getMessageId()).isEqualTo("m-1");
        assertThat(first.getBody()).isEqualTo("{\"paymentId\":\"p-1\",\"amount\":42.50,\"tags\":[\"eu\"],"
                + "\"refunded\":null}");
        assertThat(first.getMd5OfBody()).hasLength(32);
        assertThat(first.getEventSourceArn()).isEqualTo("arn:aws:sqs:us-east-1:123456789012:payments");
        SQSEvent.SQSMessage second = standard.getRecords().get(1);
        assertThat(second.getAttributes()).containsEntry("ApproximateReceiveCount", "3");
        assertThat(second.getMessageAttributes().get("tenant").getStringValue()).isEqualTo("acme");

        SQSEvent fifo = read(SQSEvent.class, SqsBatch.on("orders.fifo").message("a", "g-1").message("b", "g-2"));
        assertThat(fifo.getRecords().get(1).getAttributes()).containsEntry("MessageGroupId", "g-2");
        assertThat(fifo.getRecords().get(0).getAttributes().get("SequenceNumber"))
                .isLessThan(fifo.getRecords().get(1).getAttributes().get("SequenceNumber"));
    }

    @Test
    void s3KeysAreEncodedAsS3EncodesThem() {
        S3Event event = read(S3Event.class, S3Event_.put("uploads", "in/march 2026+refunds €.csv").size(42));
        var record = event.getRecords().get(0);
        assertThat(record.getEventName()).isEqualTo("ObjectCreated:Put");
        assertThat(record.getS3().getBucket().getName()).isEqualTo("uploads");
        assertThat(record.getS3().getObject().getKey()).isEqualTo("in/march+2026%2Brefunds+%E2%82%AC.csv");
        assertThat(record.getS3().getObject().getUrlDecodedKey()).isEqualTo("in/march 2026+refunds €.csv");
        assertThat(record.getS3().getObject().getSizeAsLong()).isEqualTo(42L);
    }

    @Test
    void streamRecordsCarryImagesInDynamoDbJsonAndKeys() {
        record User(String userId, String email, int logins, List<String> roles, Map<String, Object> prefs) {}
        User before = new User("u-1", "a@example.com", 1, List.of("admin"), Map.of("dark", true));
        User after = new User("u-1", "b@example.com", 2, List.of(), Map.of());
        DynamodbEvent event = read(DynamodbEvent.class, StreamBatch.on("users", "userId").insert(before)
                .modify(before, after).remove(after));
        assertThat(event.getRecords()).hasSize(3);
        var modify = event.getRecords().get(1);
        assertThat(modify.getEventName()).isEqualTo("MODIFY");
        assertThat(modify.getDynamodb().getKeys().get("userId").getS()).isEqualTo("u-1");
        assertThat(modify.getDynamodb().getOldImage().get("logins").getN()).isEqualTo("1");
        assertThat(modify.getDynamodb().getNewImage().get("email").getS()).isEqualTo("b@example.com");
        assertThat(event.getRecords().get(0).getDynamodb().getNewImage().get("prefs").getM().get("dark").getBOOL())
                .isTrue();
        assertThat(modify.getDynamodb().getSequenceNumber()).isEqualTo(StreamBatch.sequenceNumber(2));
        assertThat(event.getRecords().get(2).getDynamodb().getNewImage()).isNull();
    }

    @Test
    void kinesisRecordsCarryBase64DataInOrder() {
        KinesisEvent event = read(KinesisEvent.class, KinesisBatch.on("clicks").record("u-1", "{\"page\":\"/\"}")
                .record("u-2", new Payment("p-2", BigDecimal.ONE, List.of(), true)));
        assertThat(StandardCharsets.UTF_8.decode(event.getRecords().get(0).getKinesis().getData()).toString())
                .isEqualTo("{\"page\":\"/\"}");
        assertThat(event.getRecords().get(1).getKinesis().getSequenceNumber())
                .isEqualTo(KinesisBatch.sequenceNumber(2));
        assertThat(event.getRecords().get(1).getEventSourceARN()).endsWith(":stream/clicks");
    }

    @Test
    void snsEventBridgeAndScheduledEvents() {
        SNSEvent sns = read(SNSEvent.class, Notification.on("settled").message("{\"net\":1}")
                .attribute("currency", "EUR").attribute("amount", 42));
        assertThat(sns.getRecords().get(0).getSNS().getMessage()).isEqualTo("{\"net\":1}");
        assertThat(sns.getRecords().get(0).getSNS().getMessageAttributes().get("amount").getType())
                .isEqualTo("Number");

        ScheduledEvent bus = read(ScheduledEvent.class, BusEvent.of("payments.reviews", "Reviewed", "{\"net\":1}"));
        assertThat(bus.getSource()).isEqualTo("payments.reviews");
        assertThat(bus.getDetailType()).isEqualTo("Reviewed");
        assertThat(bus.getDetail()).containsEntry("net", 1);
        ScheduledEvent scheduled = read(ScheduledEvent.class, BusEvent.scheduled(Instant.parse("2026-03-01T06:00:00Z")));
        assertThat(scheduled.getDetailType()).isEqualTo("Scheduled Event");
        assertThat(scheduled.getTime().getMillis()).isEqualTo(Instant.parse("2026-03-01T06:00:00Z").toEpochMilli());
    }

    @Test
    void httpRequestsInBothPayloadFormats() {
        APIGatewayV2HTTPEvent http = read(APIGatewayV2HTTPEvent.class, ApiRequest.get("/users/{userId}")
                .path("userId", "u 1").query("fields", "a&b").header("X-Tenant", "acme"));
        assertThat(http.getRawPath()).isEqualTo("/users/u 1");
        assertThat(http.getRawQueryString()).isEqualTo("fields=a%26b");
        assertThat(http.getRouteKey()).isEqualTo("GET /users/{userId}");
        assertThat(http.getHeaders()).containsEntry("x-tenant", "acme");
        assertThat(http.getRequestContext().getHttp().getMethod()).isEqualTo("GET");

        APIGatewayProxyRequestEvent rest = read(APIGatewayProxyRequestEvent.class, ApiRequest.post("/users")
                .body(new Payment("p", BigDecimal.TEN, List.of(), false)).rest());
        assertThat(rest.getHttpMethod()).isEqualTo("POST");
        assertThat(rest.getResource()).isEqualTo("/users");
        assertThat(rest.getBody()).startsWith("{\"paymentId\":\"p\"");
    }

    /** The builder, beside AWS's class of the same name. */
    private static final class S3Event_ {
        static dev.sluice.test.S3Event put(String bucket, String key) {
            return dev.sluice.test.S3Event.put(bucket, key);
        }
    }
}
