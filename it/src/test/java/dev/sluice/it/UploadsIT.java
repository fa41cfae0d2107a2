package dev.sluice.it;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.local.LocalContext;
import dev.sluice.local.LocalInvoker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The example's processUpload end to end against a real S3 API and a real SQS API: S3Proxy with an in-memory store
 * and ElasticMQ, on loopback. A CSV is uploaded, the generated handler is invoked with the S3 notification AWS would
 * send (the key URL-encoded), the report it writes back is read from the store, and the payments it accepted are
 * received from the queue.
 */
class UploadsIT {

    private static final String HANDLER = "dev.sluice.examples.payments.Uploads_processUploadHandler::handleRequest";
    private static final String BUCKET = "payments-dev-my-uploads-bucket-000000000000-us-east-1";

    private static S3Proxy s3;
    private static S3Client client;
    private static SQSRestServer sqs;
    private static SqsClient queue;
    private static String queueUrl;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.NONE, null, null)
                .build();
        s3.start();
        while (!s3.getState().equals("STARTED")) {
            Thread.sleep(10);
        }
        String endpoint = "http://127.0.0.1:" + s3.getPort();
        // What the handler's S3 client reads (S3Objects): loopback only, dummy credentials, a region.
        System.setProperty("aws.endpointUrlS3", endpoint);
        System.setProperty("aws.region", "us-east-1");
        System.setProperty("aws.accessKeyId", "sluice-test");
        System.setProperty("aws.secretAccessKey", "sluice-test");
        client = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create(endpoint))
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .build();
        client.createBucket(request -> request.bucket(BUCKET));

        sqs = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        String sqsEndpoint = "http://127.0.0.1:" + sqs.waitUntilStarted().localAddress().getPort();
        System.setProperty("aws.endpointUrlSqs", sqsEndpoint);
        queue = SqsClient.builder().httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create(sqsEndpoint)).region(Region.US_EAST_1).build();
        queueUrl = queue.createQueue(request -> request.queueName("payments-dev-payment-queue")).queueUrl();
        // What the descriptor passes the function (SLUICE_QUEUE_URL_PAYMENT_QUEUE), as a property for this JVM.
        System.setProperty("SLUICE_QUEUE_URL_PAYMENT_QUEUE", queueUrl);
    }

    @AfterAll
    static void stopS3() throws Exception {
        client.close();
        s3.stop();
        queue.close();
        sqs.stopAndWait();
    }

    @Test
    void readsTheUploadedCsvAndWritesItsSettlementPreview() throws Exception {
        String key = "uploads/merchant 17+march.csv";
        client.putObject(request -> request.bucket(BUCKET).key(key), RequestBody.fromString("""
                paymentId,customerId,amount,currency,cardToken
                p1,c1,42.50,USD,tok_1
                p2,c2,15.00,CHF,tok_2
                p3,c3,5000,JPY,tok_3
                """));

        invoke(event("uploads/merchant+17%2Bmarch.csv"));

        String report = client.getObjectAsBytes(request -> request.bucket(BUCKET)
                .key("reports/merchant 17+march.json")).asUtf8String();
        assertThat(report).isEqualTo("{\"source\":\"uploads/merchant 17+march.csv\",\"accepted\":2,\"rejected\":1,"
                + "\"totals\":{\"JPY\":{\"gross\":\"5000\",\"fees\":\"185\"},\"USD\":{\"gross\":\"42.50\","
                + "\"fees\":\"1.53\"}}}");
        List<String> queued = new ArrayList<>();
        for (int i = 0; i < 5 && queued.size() < 2; i++) {
            queue.receiveMessage(request -> request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages().forEach(message -> queued.add(message.body()));
        }
        assertThat(queued).containsExactly(
                "{\"paymentId\":\"p1\",\"customerId\":\"c1\",\"amount\":42.50,\"currency\":\"USD\",\"cardToken\":\"tok_1\"}",
                "{\"paymentId\":\"p3\",\"customerId\":\"c3\",\"amount\":5000,\"currency\":\"JPY\",\"cardToken\":\"tok_3\"}");
    }

    @Test
    void aMissingObjectFailsTheInvocationNamingItsKey() {
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> invoke(event("uploads/gone.csv")));

        assertThat(thrown).hasMessageThat().contains("uploads/gone.csv");
        assertThat(thrown).hasCauseThat().isInstanceOf(NoSuchKeyException.class);
    }

    private static void invoke(String event) throws Exception {
        new LocalInvoker(HANDLER, UploadsIT.class.getClassLoader()).invoke(event.getBytes(StandardCharsets.UTF_8),
                new LocalContext("processUpload", 1024, 120,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    /** An S3 notification in AWS's shape, for one object of the uploads bucket. */
    private static String event(String encodedKey) {
        return "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"us-east-1\","
                + "\"eventTime\":\"2026-11-27T01:00:00.000Z\",\"eventName\":\"ObjectCreated:Put\","
                + "\"s3\":{\"s3SchemaVersion\":\"1.0\",\"bucket\":{\"name\":\"" + BUCKET + "\","
                + "\"arn\":\"arn:aws:s3:::" + BUCKET + "\"},\"object\":{\"key\":\"" + encodedKey + "\",\"size\":120,"
                + "\"eTag\":\"0123456789abcdef\",\"sequencer\":\"0A1B2C3D4E5F678901\"}}}]}";
    }
}
