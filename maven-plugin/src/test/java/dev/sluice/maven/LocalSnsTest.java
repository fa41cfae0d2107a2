package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;

/**
 * The local SNS endpoint, driven by the AWS SDK as a function's code drives it: Publish and PublishBatch accepted on
 * the pipeline's topics, attributes kept, an unknown topic refused as SNS refuses it; filter policies matched with
 * Event Ruler on attributes and on the body; the event Lambda would receive.
 */
class LocalSnsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalPipeline pipeline() throws Exception {
        return new LocalPipeline("shop", "local", "eu-west-1", "", List.of(), JSON.readTree("[]"),
                JSON.readTree("[]"), JSON.readTree("[]"),
                JSON.readTree("[{\"name\":\"settled\",\"localName\":\"shop-local-settled\",\"fifo\":false}]"),
                JSON.readTree("[]"), JSON.readTree("[]"));
    }

    @Test
    void theSdkPublishesToAPipelineTopic() throws Exception {
        List<LocalSns.Published> published = new CopyOnWriteArrayList<>();
        try (LocalSns sns = new LocalSns(pipeline(), published::add);
                SnsClient client = SnsClient.builder().httpClient(UrlConnectionHttpClient.create())
                        .endpointOverride(URI.create(sns.endpoint())).region(Region.EU_WEST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                        .build()) {
            String arn = LocalSns.arn("eu-west-1", "shop-local-settled");
            String id = client.publish(request -> request.topicArn(arn).message("{\"id\":\"p-1\"}").subject("done")
                    .messageAttributes(Map.of(
                            "currency", MessageAttributeValue.builder().dataType("String").stringValue("EUR").build(),
                            "amount", MessageAttributeValue.builder().dataType("Number").stringValue("42.5").build(),
                            "blob", MessageAttributeValue.builder().dataType("Binary")
                                    .binaryValue(SdkBytes.fromUtf8String("x")).build()))).messageId();
            client.publishBatch(request -> request.topicArn(arn).publishBatchRequestEntries(
                    PublishBatchRequestEntry.builder().id("a").message("one").build(),
                    PublishBatchRequestEntry.builder().id("b").message("two").build()));

            assertThat(published).hasSize(3);
            LocalSns.Published first = published.get(0);
            assertThat(first.messageId()).isEqualTo(id);
            assertThat(first.topic()).isEqualTo("settled");
            assertThat(first.subject()).isEqualTo("done");
            assertThat(first.attributes().get("amount")).isEqualTo(new LocalSns.Attribute("Number", "42.5"));
            assertThat(first.attributes().get("blob").type()).isEqualTo("Binary");
            assertThat(published.get(2).message()).isEqualTo("two");

            assertThrows(NotFoundException.class, () -> client.publish(request -> request
                    .topicArn(LocalSns.arn("eu-west-1", "nope")).message("x")));
        }
    }

    @Test
    void filterPoliciesMatchAsSnsMatchesThem() {
        LocalSns.Published message = new LocalSns.Published("settled", "arn", "m-1",
                "{\"status\":\"settled\",\"amount\":{\"value\":120}}", null,
                Map.of("currency", new LocalSns.Attribute("String", "EUR"),
                        "amount", new LocalSns.Attribute("Number", "42.5"),
                        "tags", new LocalSns.Attribute("String.Array", "[\"card\",\"eu\"]")), Instant.EPOCH);

        assertThat(LocalSns.matches(null, false, message)).isTrue();
        assertThat(LocalSns.matches("{\"currency\":[\"EUR\",\"USD\"]}", false, message)).isTrue();
        assertThat(LocalSns.matches("{\"currency\":[\"USD\"]}", false, message)).isFalse();
        assertThat(LocalSns.matches("{\"amount\":[{\"numeric\":[\">\",40]}]}", false, message)).isTrue();
        assertThat(LocalSns.matches("{\"tags\":[\"eu\"]}", false, message)).isTrue();
        assertThat(LocalSns.matches("{\"missing\":[{\"exists\":false}]}", false, message)).isTrue();
        assertThat(LocalSns.matches("{\"amount\":{\"value\":[{\"numeric\":[\">\",100]}]}}", true, message)).isTrue();
        assertThat(LocalSns.matches("{\"status\":[\"failed\"]}", true, message)).isFalse();
        LocalSns.Published text = new LocalSns.Published("settled", "arn", "m-2", "plain text", null, Map.of(),
                Instant.EPOCH);
        assertThat(LocalSns.matches("{\"status\":[\"settled\"]}", true, text)).isFalse();
    }

    @Test
    void theEventIsTheNotificationLambdaReceives() throws Exception {
        LocalSns.Published message = new LocalSns.Published("settled", "arn:aws:sns:eu-west-1:000000000000:t", "m-1",
                "hello", "greeting", Map.of("currency", new LocalSns.Attribute("String", "EUR")),
                Instant.parse("2026-11-30T12:00:00Z"));
        JsonNode record = JSON.readTree(LocalSns.event(message, "eu-west-1", "announce")).path("Records").get(0);

        assertThat(record.path("EventSource").asText()).isEqualTo("aws:sns");
        assertThat(record.path("EventSubscriptionArn").asText()).isEqualTo("arn:aws:sns:eu-west-1:000000000000:t:announce");
        assertThat(record.path("Sns").path("Message").asText()).isEqualTo("hello");
        assertThat(record.path("Sns").path("Subject").asText()).isEqualTo("greeting");
        assertThat(record.path("Sns").path("Timestamp").asText()).isEqualTo("2026-11-30T12:00:00Z");
        assertThat(record.path("Sns").path("MessageAttributes").path("currency").path("Value").asText())
                .isEqualTo("EUR");
    }
}
