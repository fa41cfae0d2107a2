package dev.sluice.processor.descriptor;

import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.S3Trigger;
import dev.sluice.processor.model.ScheduleTrigger;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.model.StreamTrigger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A sample event per function, in the shape its trigger delivers (AWS's documented samples, filled with the
 * function's own queue, bucket, table or schedule), written to {@code sluice/events/<function>.json} so that a
 * function can be invoked locally right away: {@code Invoke --event target/classes/sluice/events/<function>.json}.
 */
public final class SampleEvents {

    private SampleEvents() {}

    /** The resource path of a function's sample event. */
    public static String path(FunctionModel function) {
        return "sluice/events/" + function.name() + ".json";
    }

    public static String of(FunctionModel function) {
        if (function.trigger() instanceof SqsTrigger sqs) {
            String body = sqs.shape().decodes() ? "{}" : "sample message";
            return Templates.fill("events/sqs.json", Map.of(
                    "body", quote(body),
                    "queue", sqs.queue().name(),
                    "groupAttributes", sqs.queue().fifo()
                            ? ",\n        \"MessageGroupId\": \"group-1\",\n        \"MessageDeduplicationId\": \"dedup-1\""
                            : ""));
        }
        if (function.trigger() instanceof S3Trigger s3) {
            String key = s3.prefix() + "sample file" + s3.suffix();
            return Templates.fill("events/s3.json", Map.of(
                    "bucket", s3.bucket(),
                    // S3 sends keys form-encoded: a space as '+'.
                    "key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/")));
        }
        if (function.trigger() instanceof StreamTrigger stream) {
            return Templates.fill("events/dynamodb-stream.json", Map.of("table", stream.table()));
        }
        ScheduleTrigger schedule = (ScheduleTrigger) function.trigger();
        // With a constant input EventBridge sends the input itself instead of the scheduled event.
        return schedule.input() != null
                ? schedule.input() + "\n"
                : Templates.fill("events/schedule.json", Map.of("function", function.name()));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
