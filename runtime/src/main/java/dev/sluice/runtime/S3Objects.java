package dev.sluice.runtime;

import java.io.InputStream;
import java.net.URI;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Reads and writes objects for {@code @OnS3Upload} handlers and their methods, through one S3 client per
 * container, created on first use: the AWS SDK's URL-connection HTTP client (the lightest), region and
 * credentials from Lambda's environment. Only functions that read content load this class, and with it the SDK
 * ({@code software.amazon.awssdk:s3} and {@code url-connection-client} as dependencies).
 *
 * <p>Off AWS, set {@code AWS_ENDPOINT_URL_S3} (or the {@code aws.endpointUrlS3} system property) to an
 * S3-compatible endpoint: requests then go there, path-style.
 */
public final class S3Objects {

    private S3Objects() {}

    private static final class Holder {
        static final S3Client CLIENT = create();
    }

    /** The container's client. */
    public static S3Client client() {
        return Holder.CLIENT;
    }

    /** Opens an object's content; the caller closes the stream. {@code versionId} may be null. */
    public static InputStream open(String bucket, String key, String versionId) {
        return client().getObject(request -> request.bucket(bucket).key(key).versionId(versionId));
    }

    /** Writes an object. */
    public static void put(String bucket, String key, byte[] content, String contentType) {
        client().putObject(request -> request.bucket(bucket).key(key).contentType(contentType),
                RequestBody.fromBytes(content));
    }

    private static S3Client create() {
        S3ClientBuilder builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create());
        String endpoint = System.getProperty("aws.endpointUrlS3", System.getenv("AWS_ENDPOINT_URL_S3"));
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
        }
        return builder.build();
    }
}
