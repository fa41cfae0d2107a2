package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.google.testing.compile.Compilation;
import dev.sluice.local.LocalContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * {@code @OnS3Upload} handlers: the golden, and the compiled handlers invoked with an S3 notification in AWS's
 * shape (Lambda developer guide, "Using Lambda with Amazon S3") holding three records: a key with a space, a
 * {@code +} and accents; a key with a malformed escape; and a key with {@code %}.
 */
class S3HandlerTest {

    private static Compilation compilation;
    private static CompiledClasses classes;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeAll
    static void compileUploads() {
        compilation = compile(source("Uploads",
                "import dev.sluice.runtime.S3Upload;",
                "@Pipeline(service = \"shop\", buckets = @Bucket(name = \"uploads\"))",
                "public class Uploads {",
                "    @OnS3Upload(bucket = \"uploads\", prefix = \"uploads/\", suffix = \".csv\")",
                "    public void take(S3Upload upload) {",
                "        if (upload.key().contains(\"done\")) {",
                "            throw new IllegalStateException(\"already processed\");",
                "        }",
                "        dev.sluice.processor.Recorder.record(upload.key() + \" \" + upload.size());",
                "    }",
                "",
                "    @OnS3Upload(bucket = \"uploads\", prefix = \"csv/\")",
                "    public void read(S3Upload upload, java.io.InputStream content) throws java.io.IOException {",
                "        content.readAllBytes();",
                "    }",
                "",
                "    @OnS3Upload(bucket = \"uploads\", prefix = \"other/\")",
                "    public void plain(String bucket, String key) {",
                "        dev.sluice.processor.Recorder.record(bucket + \"/\" + key);",
                "    }",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        classes = new CompiledClasses(compilation);
    }

    @BeforeEach
    void reset() {
        Recorder.reset(() -> { });
    }

    @Test
    void uploadHandler(TestInfo test) {
        Goldens.assertGenerated(compilation, "test.Uploads_takeHandler", test);
    }

    @Test
    void contentHandler(TestInfo test) {
        Goldens.assertGenerated(compilation, "test.Uploads_readHandler", test);
    }

    @Test
    void everyRecordIsAttemptedAndTheFailedKeysFailTheInvocation() throws Exception {
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> invoke("test.Uploads_takeHandler"));

        // The good key was processed, decoded; the malformed one and the one the method rejected failed alone.
        assertThat(Recorder.calls()).containsExactly("uploads/red flower+petals été.csv 1305107");
        assertThat(thrown).hasMessageThat().isEqualTo(
                "2 object(s) failed: uploads/broken%G1.csv, uploads/100%25+done.csv");
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("\"key\":\"uploads/broken%G1.csv\"");
        assertThat(logged).contains("not validly URL-encoded");
        assertThat(logged).contains("already processed");
    }

    @Test
    void bucketAndKeyShape() throws Exception {
        assertThrows(RuntimeException.class, () -> invoke("test.Uploads_plainHandler"));

        assertThat(Recorder.calls()).containsExactly("DOC-EXAMPLE-BUCKET/uploads/red flower+petals été.csv",
                "DOC-EXAMPLE-BUCKET/uploads/100% done.csv");
    }

    private void invoke(String handler) throws Exception {
        byte[] event;
        try (InputStream in = S3HandlerTest.class.getClassLoader().getResourceAsStream("events/s3-put.json")) {
            event = in.readAllBytes();
        }
        classes.newInstance(handler, RequestStreamHandler.class).handleRequest(new ByteArrayInputStream(event),
                new ByteArrayOutputStream(),
                new LocalContext("take", 512, 30, new PrintStream(log, true, StandardCharsets.UTF_8)));
    }
}
