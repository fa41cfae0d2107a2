package dev.sluice.bench;

import java.nio.charset.StandardCharsets;

/** SQS events for the example's processPayment, in AWS's documented record shape. */
public final class Events {

    private Events() {}

    /** {@code size} payments, the one at {@code failing} truncated JSON (so both handlers report exactly it). */
    public static byte[] paymentBatch(int size, int failing) {
        StringBuilder out = new StringBuilder("{\"Records\":[");
        for (int i = 0; i < size; i++) {
            String body = "{\"paymentId\":\"pay-" + i + "\",\"customerId\":\"cus-" + (i % 17)
                    + "\",\"amount\":" + (10 + i) + "." + (i % 100 < 10 ? "0" : "") + (i % 100)
                    + ",\"currency\":\"" + (i % 3 == 0 ? "EUR" : "USD") + "\",\"cardToken\":\"tok_" + i + "\"}";
            if (i == failing) {
                body = body.substring(0, body.length() / 2);
            }
            out.append(i == 0 ? "" : ",")
                    .append("{\"messageId\":\"").append(String.format("%08x-87a3-44ab-83d2-661975830a7d", i))
                    .append("\",\"receiptHandle\":\"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a").append(i)
                    .append("\",\"body\":").append(quote(body))
                    .append(",\"attributes\":{\"ApproximateReceiveCount\":\"1\",\"SentTimestamp\":\"")
                    .append(1764201600000L + i)
                    .append("\",\"SenderId\":\"AIDAIENQZJOLO23YVJ4VO\",\"ApproximateFirstReceiveTimestamp\":\"")
                    .append(1764201600005L + i)
                    .append("\"},\"messageAttributes\":{},\"md5OfBody\":\"e4e68fb7bd0e697a0ae8f1bb342846b3\",")
                    .append("\"eventSource\":\"aws:sqs\",")
                    .append("\"eventSourceARN\":\"arn:aws:sqs:us-east-1:123456789012:payments-dev-payment-queue\",")
                    .append("\"awsRegion\":\"us-east-1\"}");
        }
        return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
