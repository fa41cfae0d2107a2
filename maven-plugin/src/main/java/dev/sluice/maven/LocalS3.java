package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * S3 on loopback: S3Proxy over a directory ({@code target/sluice-local/s3}), with the pipeline's buckets under their
 * local names. S3Proxy has no bucket notifications, so every object written or removed through the S3 API is turned
 * here into the S3 event AWS would send — the key URL-encoded as S3 encodes it, the size, the eTag, a sequencer —
 * and handed to {@code events}, which delivers it to the functions whose notification matches.
 */
public final class LocalS3 implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One object event, before it is matched against the notifications. */
    public record ObjectEvent(String bucket, String eventName, String key, long size, String eTag, String sequencer,
            Instant time) {}

    private final S3Proxy proxy;
    private final String endpoint;
    private final S3Client client;
    private final AtomicLong sequencer = new AtomicLong(System.currentTimeMillis() << 16);

    /** Starts S3Proxy over {@code directory}, emptied first: every run starts with empty buckets. */
    public LocalS3(LocalPipeline pipeline, Path directory, Consumer<ObjectEvent> events) throws Exception {
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(directory);
        BlobStore store = new Notifying(new FilesystemNio2BlobStore(directory.toString()), events);
        proxy = S3Proxy.builder().blobStore(store).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.NONE, null, null).build();
        proxy.start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!proxy.getState().equals("STARTED")) {
            if (System.currentTimeMillis() > deadline) {
                throw new IOException("S3Proxy did not start within 30 s (state " + proxy.getState() + ")");
            }
            Thread.sleep(10);
        }
        endpoint = "http://127.0.0.1:" + proxy.getPort();
        client = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).endpointOverride(URI.create(endpoint))
                .forcePathStyle(true).region(Region.of(pipeline.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sluice-local",
                        "sluice-local")))
                .build();
        for (JsonNode bucket : pipeline.buckets()) {
            client.createBucket(request -> request.bucket(bucket.path("localName").asText()));
        }
    }

    public String endpoint() {
        return endpoint;
    }

    /** Puts {@code file} at {@code key} through the S3 API, as a user's upload would arrive. */
    public void upload(String bucket, String key, Path file) {
        client.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(), RequestBody.fromFile(file));
    }

    /**
     * A key as S3 writes it in event notifications: URL-encoded as a form value (a space becomes {@code +}, a
     * {@code +} becomes {@code %2B}, non-ASCII characters their UTF-8 bytes), with {@code /} left as it is.
     */
    static String eventKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    /** The S3Proxy store, reporting each object written or removed after the store has it. */
    private final class Notifying extends ForwardingBlobStore {

        private final Consumer<ObjectEvent> events;

        Notifying(BlobStore delegate, Consumer<ObjectEvent> events) {
            super(delegate);
            this.events = events;
        }

        @Override
        public PutObjectResponse putBlob(PutObjectRequest request, InputStream content) {
            PutObjectResponse response = super.putBlob(request, content);
            created(request.bucket(), request.key(), "ObjectCreated:Put");
            return response;
        }

        @Override
        public CopyObjectResponse copyBlob(CopyObjectRequest request) {
            CopyObjectResponse response = super.copyBlob(request);
            created(request.destinationBucket(), request.destinationKey(), "ObjectCreated:Copy");
            return response;
        }

        @Override
        public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload,
                CompleteMultipartUploadRequest request) {
            CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
            created(upload.containerName(), upload.blobName(), "ObjectCreated:CompleteMultipartUpload");
            return response;
        }

        @Override
        public DeleteObjectResponse removeBlob(DeleteObjectRequest request) {
            DeleteObjectResponse response = super.removeBlob(request);
            events.accept(new ObjectEvent(request.bucket(), "ObjectRemoved:Delete", request.key(), 0, null,
                    nextSequencer(), Instant.now()));
            return response;
        }

        private void created(String bucket, String key, String eventName) {
            HeadObjectResponse head = delegate().blobMetadata(
                    software.amazon.awssdk.services.s3.model.HeadObjectRequest.builder().bucket(bucket).key(key)
                            .build());
            String eTag = head.eTag() == null ? null : head.eTag().replace("\"", "");
            events.accept(new ObjectEvent(bucket, eventName, key, head.contentLength(), eTag, nextSequencer(),
                    Instant.now()));
        }

        @Override
        public BlobStore delegate() {
            return (BlobStore) super.delegate();
        }
    }

    private String nextSequencer() {
        return String.format(Locale.ROOT, "%016X", sequencer.incrementAndGet());
    }

    /** The S3 event AWS sends to a function for {@code event}, as notification {@code configurationId}. */
    static byte[] eventJson(ObjectEvent event, String region, String configurationId) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode record = root.putArray("Records").addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", region);
        record.put("eventTime", event.time().toString());
        record.put("eventName", event.eventName());
        record.putObject("userIdentity").put("principalId", "AWS:SLUICELOCAL");
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        ObjectNode response = record.putObject("responseElements");
        response.put("x-amz-request-id", Long.toHexString(event.time().toEpochMilli()).toUpperCase(Locale.ROOT)
                + event.sequencer().substring(Math.max(0, event.sequencer().length() - 5)));
        response.put("x-amz-id-2", UUID.nameUUIDFromBytes(event.sequencer().getBytes(StandardCharsets.UTF_8))
                .toString());
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", configurationId);
        ObjectNode bucket = s3.putObject("bucket");
        bucket.put("name", event.bucket());
        bucket.putObject("ownerIdentity").put("principalId", "SLUICELOCAL");
        bucket.put("arn", "arn:aws:s3:::" + event.bucket());
        ObjectNode object = s3.putObject("object");
        object.put("key", eventKey(event.key()));
        if (event.eventName().startsWith("ObjectCreated")) {
            object.put("size", event.size());
            object.put("eTag", event.eTag());
        }
        object.put("sequencer", event.sequencer());
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether notification {@code notification} (events, prefix, suffix) matches {@code event}. */
    static boolean matches(JsonNode notification, ObjectEvent event) {
        boolean type = false;
        for (JsonNode pattern : notification.path("events")) {
            String p = pattern.asText();
            String name = "s3:" + event.eventName();
            type |= p.endsWith(":*") ? name.startsWith(p.substring(0, p.length() - 1)) : name.equals(p);
        }
        String prefix = notification.path("prefix").asText("");
        String suffix = notification.path("suffix").asText("");
        return type && event.key().startsWith(prefix) && event.key().endsWith(suffix);
    }

    /** Every object under {@code directory}, as keys relative to it (with {@code /}), sorted. */
    static List<String> keysUnder(Path directory) throws IOException {
        List<String> keys = new ArrayList<>();
        try (var files = Files.walk(directory)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> keys.add(
                    directory.relativize(file).toString().replace(java.io.File.separatorChar, '/')));
        }
        return keys;
    }

    @Override
    public void close() throws Exception {
        client.close();
        proxy.stop();
    }
}
