package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class S3KeysTest {

    @Test
    void decodesAwsSampleKeys() {
        // AWS: "red flower.jpg" arrives as "red+flower.jpg".
        assertThat(S3Keys.decode("red+flower.jpg")).isEqualTo("red flower.jpg");
        assertThat(S3Keys.decode("a%2Bb")).isEqualTo("a+b");
        assertThat(S3Keys.decode("100%25")).isEqualTo("100%");
        assertThat(S3Keys.decode("%C3%A9t%C3%A9/%F0%9F%98%80")).isEqualTo("été/😀");
        assertThat(S3Keys.decode("dir/sub/file.csv")).isEqualTo("dir/sub/file.csv");
    }

    @Test
    void aMalformedEscapeSaysWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> S3Keys.decode("bad%G1"));
        assertThat(e).hasMessageThat().contains("not validly URL-encoded");
        assertThrows(IllegalArgumentException.class, () -> S3Keys.decode("trailing%"));
    }

    /**
     * S3 sends keys form-encoded: each UTF-8 byte of a character outside the safe set as %XX, a space as '+'.
     * Which characters count as safe varies (S3 leaves '/' alone, for one); decoding must not depend on it.
     */
    @Test
    void randomKeysSurviveS3sEncoding() {
        Random random = new Random(5);
        String[] pieces = {"a", "Z", "9", " ", "+", "%", "/", "-", "_", ".", "~", "*", "'", "(", ")", "!", "&", "=",
                "?", "#", ":", "@", "é", "ß", "中", "😀", "👩‍💻", "\u00a0", "%2B", "+%", "..", "//"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder key = new StringBuilder();
            for (int i = 1 + random.nextInt(16); i > 0; i--) {
                key.append(pieces[random.nextInt(pieces.length)]);
            }
            String encoded = encodeLikeS3(key.toString(), random.nextBoolean());
            assertWithMessage("%s encoded as %s", key, encoded).that(S3Keys.decode(encoded)).isEqualTo(key.toString());
        }
    }

    @Test
    void readsRecordsAndDecodesKeysOneByOne() throws Exception {
        List<S3EventReader.Record> records = S3EventReader.read(
                new ByteArrayInputStream(Fixtures.bytes("events/s3-put.json")));

        assertThat(records).hasSize(3);
        S3Upload first = records.get(0).upload();
        assertThat(first).isEqualTo(new S3Upload("DOC-EXAMPLE-BUCKET", "uploads/red flower+petals été.csv", 1305107,
                "b21b84d653bb07b05b1e6b33684dc11b", "096fKKXTRTtl3on89fVO.nfljtsv6qko", "0C0F6F405D6ED209E1",
                "ObjectCreated:Put", Instant.parse("2019-09-03T19:37:27.192Z")));
        assertThrows(IllegalArgumentException.class, () -> records.get(1).upload());
        assertThat(records.get(2).upload().key()).isEqualTo("uploads/100% done.csv");
    }

    private static String encodeLikeS3(String key, boolean keepSlashes) {
        StringBuilder out = new StringBuilder();
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c == ' ') {
                out.append('+');
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-_.*".indexOf(c) >= 0 || (keepSlashes && c == '/')) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
