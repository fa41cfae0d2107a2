package dev.sluice.bench;

import java.nio.charset.StandardCharsets;

/** Events in AWS's documented shapes: SQS batches for processPayment, API Gateway requests for getUser. */
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

    /** An HTTP API (payload 2.0) request for {@code GET /users/<userId>} from the web app's origin. */
    public static byte[] getUser(String userId) {
        return ("{\"version\":\"2.0\",\"routeKey\":\"GET /users/{userId}\",\"rawPath\":\"/users/" + userId + "\","
                + "\"rawQueryString\":\"\",\"headers\":{\"accept\":\"application/json\","
                + "\"host\":\"abcdefghij.execute-api.us-east-1.amazonaws.com\",\"origin\":\"https://app.example.com\","
                + "\"user-agent\":\"Mozilla/5.0\",\"x-forwarded-for\":\"192.0.2.1\"},"
                + "\"requestContext\":{\"accountId\":\"123456789012\",\"apiId\":\"abcdefghij\","
                + "\"domainName\":\"abcdefghij.execute-api.us-east-1.amazonaws.com\",\"domainPrefix\":\"abcdefghij\","
                + "\"http\":{\"method\":\"GET\",\"path\":\"/users/" + userId + "\",\"protocol\":\"HTTP/1.1\","
                + "\"sourceIp\":\"192.0.2.1\",\"userAgent\":\"Mozilla/5.0\"},\"requestId\":\"JKJaXmPLvHcESHA=\","
                + "\"routeKey\":\"GET /users/{userId}\",\"stage\":\"$default\",\"time\":\"30/Nov/2026:08:00:00 +0000\","
                + "\"timeEpoch\":1795939200000},\"pathParameters\":{\"userId\":\"" + userId + "\"},"
                + "\"isBase64Encoded\":false}").getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
