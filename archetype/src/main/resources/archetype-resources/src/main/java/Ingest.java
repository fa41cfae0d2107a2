package ${package};

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnS3Upload;
import dev.sluice.annotations.UsesQueue;
import dev.sluice.runtime.Resources;
import dev.sluice.runtime.S3Upload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Reads each CSV uploaded under {@code orders/} in the {@code inbox} bucket (the key arrives decoded: spaces and
 * all) and queues one message per row for {@link Orders}. Rows are queued as they are: a bad row fails alone there.
 */
public class Ingest {

    private final Consumer<List<String>> queue;

    public Ingest() {
        this(OrderQueue.forThisProcess());
    }

    Ingest(Consumer<List<String>> queue) {
        this.queue = queue;
    }

    @OnS3Upload(bucket = "inbox", prefix = "orders/", suffix = ".csv")
    @UsesQueue("orders")
    @Function(timeoutSeconds = 60, memoryMb = 512, description = "Queues the orders of uploaded CSV files")
    public void ingestUpload(S3Upload upload, InputStream content) throws IOException {
        List<String> messages = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
        String header = lines.readLine();
        if (header == null) {
            return;
        }
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String[] cells = line.split(",", -1);
            if (cells.length == 4) {
                // A quantity that is not a number is queued as text: processOrder rejects that message alone.
                messages.add("{\"orderId\":" + quote(cells[0]) + ",\"customerId\":" + quote(cells[1]) + ",\"sku\":"
                        + quote(cells[2]) + ",\"quantity\":" + (cells[3].matches("-?\\d{1,9}") ? cells[3]
                                : quote(cells[3])) + "}");
            }
        }
        queue.accept(messages);
        System.out.println("{\"event\":\"ingested\",\"key\":\"" + upload.key() + "\",\"orders\":" + messages.size()
                + "}");
    }

    private static String quote(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }

    /** The {@code orders} queue, ten messages per request. */
    static final class OrderQueue {

        private OrderQueue() {}

        static Consumer<List<String>> forThisProcess() {
            String url;
            try {
                url = Resources.fromEnvironment().queueUrl("orders");
            } catch (IllegalStateException notGranted) {
                return messages -> { };
            }
            SqsClient sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
            return messages -> {
                for (int from = 0; from < messages.size(); from += 10) {
                    List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                    for (int i = from; i < Math.min(messages.size(), from + 10); i++) {
                        entries.add(SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(messages.get(i))
                                .build());
                    }
                    sqs.sendMessageBatch(send -> send.queueUrl(url).entries(entries));
                }
            };
        }
    }
}
