package dev.sluice.test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An SNS notification as SNS invokes a function with it: {@code Notification.on("payment-settled").message(settlement)
 * .attribute("currency", "EUR")}. One message per invocation, as SNS sends them.
 */
public final class Notification implements TestEvent {

    private final String topic;
    private String message = "";
    private String subject;
    private final Map<String, String[]> attributes = new LinkedHashMap<>();

    private Notification(String topic) {
        this.topic = topic;
    }

    public static Notification on(String topic) {
        return new Notification(topic);
    }

    /** The message: text as it is, anything else written as JSON. */
    public Notification message(Object payload) {
        this.message = Json.text(payload);
        return this;
    }

    public Notification subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** A {@code String} message attribute. */
    public Notification attribute(String name, String value) {
        attributes.put(name, new String[] {"String", value});
        return this;
    }

    /** A {@code Number} message attribute. */
    public Notification attribute(String name, Number value) {
        attributes.put(name, new String[] {"Number", value.toString()});
        return this;
    }

    @Override
    public String json() {
        String arn = "arn:aws:sns:us-east-1:123456789012:" + topic;
        ObjectNode root = Json.object();
        ObjectNode record = root.putArray("Records").addObject();
        record.put("EventVersion", "1.0");
        record.put("EventSubscriptionArn", arn + ":21be56ed-a058-49f5-8c98-aedd2564c486");
        record.put("EventSource", "aws:sns");
        ObjectNode sns = record.putObject("Sns");
        sns.put("SignatureVersion", "1");
        sns.put("Timestamp", "2026-01-01T00:00:00.000Z");
        sns.put("Signature", "EXAMPLE");
        sns.put("SigningCertUrl", "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-example.pem");
        sns.put("MessageId", "95df01b4-ee98-5cb9-9903-4c221d41eb5e");
        sns.put("Message", message);
        ObjectNode messageAttributes = sns.putObject("MessageAttributes");
        attributes.forEach((name, typeAndValue) -> messageAttributes.putObject(name)
                .put("Type", typeAndValue[0]).put("Value", typeAndValue[1]));
        sns.put("Type", "Notification");
        sns.put("UnsubscribeUrl", "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe");
        sns.put("TopicArn", arn);
        sns.put("Subject", subject);
        return Json.write(root);
    }
}
