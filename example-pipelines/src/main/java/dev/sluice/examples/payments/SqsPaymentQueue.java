package dev.sluice.examples.payments;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.sluice.runtime.Resources;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * {@code payment-queue} through the AWS SDK: SendMessageBatch, ten payments a call (SQS's limit), each body the
 * payment's JSON. An entry SQS refuses fails the upload's invocation, naming it, so the upload is retried.
 */
public final class SqsPaymentQueue implements PaymentQueue {

    private final SqsClient sqs;
    private final String url;

    /** The client is built once per container, in the init phase; the queue's URL comes from the descriptor. */
    public SqsPaymentQueue() {
        this(SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                Resources.fromEnvironment().queueUrl("payment-queue"));
    }

    SqsPaymentQueue(SqsClient sqs, String url) {
        this.sqs = sqs;
        this.url = url;
    }

    @Override
    public void send(List<Payment> payments) {
        for (int from = 0; from < payments.size(); from += 10) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = from; i < Math.min(payments.size(), from + 10); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(String.valueOf(i)).messageBody(json(payments.get(i)))
                        .build());
            }
            List<BatchResultErrorEntry> failed = sqs.sendMessageBatch(batch -> batch.queueUrl(url).entries(entries))
                    .failed();
            if (!failed.isEmpty()) {
                throw new IllegalStateException("payment-queue refused " + failed.size() + " payments, first "
                        + payments.get(Integer.parseInt(failed.get(0).id())).paymentId() + ": "
                        + failed.get(0).message());
            }
        }
    }

    /** The payment as processPayment reads it. */
    static String json(Payment payment) {
        return "{\"paymentId\":" + quote(payment.paymentId()) + ",\"customerId\":" + quote(payment.customerId())
                + ",\"amount\":" + payment.amount().toPlainString() + ",\"currency\":" + quote(payment.currency())
                + ",\"cardToken\":" + quote(payment.cardToken()) + "}";
    }

    private static String quote(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }
}
