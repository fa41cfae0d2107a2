package dev.sluice.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lambda SnapStart priming for SQS handlers: before the snapshot, run the handler's decode path once on a
 * synthetic event, so that restored containers find its classes loaded and initialised instead of paying for
 * them on their first real message. Nothing reaches user code and nothing leaves the process.
 */
public final class SqsPriming {

    private static final byte[] EVENT = ("{\"Records\":[{\"messageId\":\"sluice-priming\",\"body\":\"{}\","
            + "\"attributes\":{\"ApproximateReceiveCount\":\"1\",\"SentTimestamp\":\"0\"},\"messageAttributes\":{},"
            + "\"eventSource\":\"aws:sqs\",\"eventSourceARN\":\"arn:aws:sqs:us-east-1:000000000000:priming\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    private SqsPriming() {}

    /**
     * Reads a synthetic event, decodes its body with {@code decoder} (when the method takes a payload; an
     * empty object is rejected by some types, which is fine), builds the metadata and writes a response.
     *
     * @return how many bodies went through the decoder, for tests
     */
    public static int prime(PayloadDecoder<?> decoder) throws IOException {
        List<SqsRecord> records = SqsEventReader.read(new ByteArrayInputStream(EVENT));
        int decoded = 0;
        for (SqsRecord record : records) {
            SqsMessage.of(record);
            if (decoder != null) {
                try {
                    decoder.read(record.body());
                } catch (PayloadException expected) {
                    // A type that requires fields rejects "{}": the decode path ran all the same.
                }
                decoded++;
            }
        }
        new SqsBatchFailures("priming", null).writeResponse(OutputStream.nullOutputStream());
        return decoded;
    }
}
