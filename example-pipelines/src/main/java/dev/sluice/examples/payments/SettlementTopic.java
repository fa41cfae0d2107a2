package dev.sluice.examples.payments;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.sluice.runtime.Resources;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Announces each settlement on the {@code payment-settled} topic, after the ledger before it has recorded it: the
 * settlement as JSON, its currency as a message attribute (so subscribers can filter on either).
 */
public final class SettlementTopic implements Ledger {

    private final SnsClient sns;
    private final String topicArn;
    private final Ledger recorded;

    /**
     * The announcing ledger when the function has been given the topic — always when deployed or run by
     * {@code sluice:run} — and only {@code recorded} where it has not (handler tests and benchmarks). The client is
     * built once per container, in the init phase.
     */
    public static Ledger forThisProcess(Ledger recorded) {
        String arn;
        try {
            arn = Resources.fromEnvironment().topicArn("payment-settled");
        } catch (IllegalStateException noTopic) {
            return recorded;
        }
        return new SettlementTopic(SnsClient.builder().httpClient(UrlConnectionHttpClient.create()).build(), arn,
                recorded);
    }

    SettlementTopic(SnsClient sns, String topicArn, Ledger recorded) {
        this.sns = sns;
        this.topicArn = topicArn;
        this.recorded = recorded;
    }

    @Override
    public void record(Settlement settlement) {
        recorded.record(settlement);
        sns.publish(publish -> publish.topicArn(topicArn).message(json(settlement))
                .messageAttributes(java.util.Map.of("currency", MessageAttributeValue.builder().dataType("String")
                        .stringValue(settlement.currency()).build())));
    }

    /** The settlement as subscribers read it: amounts as JSON numbers with their exact digits. */
    static String json(Settlement settlement) {
        return "{\"paymentId\":" + quote(settlement.paymentId()) + ",\"customerId\":" + quote(settlement.customerId())
                + ",\"currency\":" + quote(settlement.currency()) + ",\"gross\":" + settlement.gross().toPlainString()
                + ",\"fee\":" + settlement.fee().toPlainString() + ",\"net\":" + settlement.net().toPlainString()
                + ",\"attempt\":" + settlement.attempt() + "}";
    }

    private static String quote(String text) {
        return text == null ? "null" : '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }
}
