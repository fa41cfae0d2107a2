package dev.sluice.examples.payments;

import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnS3Upload;
import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesQueue;
import dev.sluice.runtime.S3Objects;
import dev.sluice.runtime.S3Upload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The seed's {@code processUpload}: a merchant uploads a CSV of payments under {@code uploads/}; this checks every
 * row against the fee schedule, writes a settlement preview — accepted and rejected rows, gross and fees per
 * currency — to {@code reports/<name>.json} in the same bucket, and puts the accepted payments on
 * {@code payment-queue} for {@link Payments#processPayment} to settle. Writing under {@code reports/}, which the trigger
 * does not match, is what keeps the function from triggering itself.
 */
public class Uploads {

    /** What an upload holds: the preview report (JSON) and the payments it accepted, in file order. */
    record Preview(String report, List<Payment> accepted) {}

    private final FeeSchedule fees;
    private final PaymentQueue queue;

    /** Lambda's constructor: runs once per container, in the init phase. */
    public Uploads() {
        this(new FeeSchedule(), new SqsPaymentQueue());
    }

    Uploads(FeeSchedule fees, PaymentQueue queue) {
        this.fees = fees;
        this.queue = queue;
    }

    @OnS3Upload(bucket = "my-uploads-bucket", prefix = "uploads/", suffix = ".csv")
    @UsesBucket(value = "my-uploads-bucket", access = UsesBucket.Access.WRITE, prefix = "reports/")
    @UsesQueue("payment-queue")
    @Function(timeoutSeconds = 120, memoryMb = 1024,
            description = "Previews the settlement of an uploaded CSV and queues its accepted payments")
    public void processUpload(S3Upload upload, InputStream content) throws IOException {
        Preview preview = preview(upload.key(), content);
        String name = upload.key().substring("uploads/".length(), upload.key().length() - ".csv".length());
        S3Objects.put(upload.bucket(), "reports/" + name + ".json", preview.report().getBytes(StandardCharsets.UTF_8),
                "application/json");
        queue.send(preview.accepted());
    }

    /** Reads {@code paymentId,customerId,amount,currency,cardToken} rows: the preview and the accepted payments. */
    Preview preview(String key, InputStream content) throws IOException {
        List<Payment> accepted = new ArrayList<>();
        int rejected = 0;
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
            String header = lines.readLine();
            if (header == null || !header.trim().equals("paymentId,customerId,amount,currency,cardToken")) {
                throw new IOException(key + " does not start with the header "
                        + "paymentId,customerId,amount,currency,cardToken");
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                BigDecimal amount = cells.length == 5 ? amount(cells[2]) : null;
                String currency = cells.length == 5 ? cells[3].trim() : null;
                if (amount == null || amount.signum() <= 0 || !fees.accepts(currency)
                        || amount.compareTo(FeeSchedule.LIMIT) > 0 || !cells[4].trim().startsWith("tok_")) {
                    rejected++;
                    continue;
                }
                accepted.add(new Payment(cells[0].trim(), cells[1].trim(), amount, currency, cells[4].trim()));
                BigDecimal[] sums = totals.computeIfAbsent(currency, c -> new BigDecimal[] {BigDecimal.ZERO,
                        BigDecimal.ZERO});
                sums[0] = sums[0].add(amount);
                sums[1] = sums[1].add(fees.feeFor(amount, currency));
            }
        }
        StringBuilder json = new StringBuilder("{\"source\":\"").append(key).append("\",\"accepted\":")
                .append(accepted.size()).append(",\"rejected\":").append(rejected).append(",\"totals\":{");
        boolean first = true;
        for (Map.Entry<String, BigDecimal[]> total : totals.entrySet()) {
            json.append(first ? "" : ",").append('"').append(total.getKey()).append("\":{\"gross\":\"")
                    .append(total.getValue()[0].toPlainString()).append("\",\"fees\":\"")
                    .append(total.getValue()[1].toPlainString()).append("\"}");
            first = false;
        }
        return new Preview(json.append("}}").toString(), accepted);
    }

    private static BigDecimal amount(String cell) {
        try {
            return new BigDecimal(cell.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
