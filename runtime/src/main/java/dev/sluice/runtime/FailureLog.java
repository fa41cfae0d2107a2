package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/**
 * Writes one JSON line per failed batch item to the function's log, through Lambda's logger so that each line
 * is one CloudWatch event. Lines carry the function, the item id, what happened and the error's class and
 * message; never the message body. Each is logged with its level (ERROR for a failure, WARN for an item left for
 * a retry), so that Lambda's advanced logging controls see it: with {@code AWS_LAMBDA_LOG_FORMAT=JSON} the
 * runtime writes that level rather than UNDEFINED, and {@code AWS_LAMBDA_LOG_LEVEL} filters it.
 */
final class FailureLog {

    private final String function;
    private final String itemField;
    private final LambdaLogger logger;

    /** Lines naming the failed item as {@code messageId}, as SQS calls it. */
    FailureLog(String function, Context context) {
        this(function, "messageId", context);
    }

    /** Lines naming the failed item with {@code itemField}, e.g. {@code key} for S3 objects. */
    FailureLog(String function, String itemField, Context context) {
        this.function = function;
        this.itemField = itemField;
        this.logger = context == null ? null : context.getLogger();
    }

    void failed(String itemId, Throwable error) {
        write(line(LogLevel.ERROR, "failed", itemId)
                .field("errorType", error.getClass().getName())
                .field("errorMessage", String.valueOf(error.getMessage())), LogLevel.ERROR);
    }

    /** A failure whose cause is a bug rather than the item: the stack trace goes into the line too. */
    void crashed(String itemId, Throwable error) {
        java.io.StringWriter trace = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(trace));
        write(line(LogLevel.ERROR, "failed", itemId)
                .field("errorType", error.getClass().getName())
                .field("errorMessage", String.valueOf(error.getMessage()))
                .field("stackTrace", trace.toString()), LogLevel.ERROR);
    }

    /** A line about the item that is not an error of the item, e.g. a response too large to send. */
    void problem(String itemId, String reason) {
        write(line(LogLevel.ERROR, "failed", itemId).field("reason", reason), LogLevel.ERROR);
    }

    void skipped(String itemId, String reason) {
        write(line(LogLevel.WARN, "skipped", itemId).field("reason", reason), LogLevel.WARN);
    }

    private Json line(LogLevel level, String outcome, String itemId) {
        return new Json().field("level", level.name()).field("function", function).field("outcome", outcome)
                .field(itemField, itemId);
    }

    /** In Lambda's JSON log format the runtime frames each message itself: no line break of ours. */
    private static final boolean JSON_FORMAT = "JSON".equals(System.getenv("AWS_LAMBDA_LOG_FORMAT"));

    private void write(Json line, LogLevel level) {
        String text = line.close();
        if (logger != null) {
            logger.log(JSON_FORMAT ? text : text + "\n", level);
        } else {
            System.out.println(text);
        }
    }

    /** Just enough JSON writing for flat string fields. */
    private static final class Json {
        private final StringBuilder out = new StringBuilder(160).append('{');

        Json field(String name, String value) {
            if (out.length() > 1) {
                out.append(',');
            }
            JsonText.quote(name, out);
            out.append(':');
            JsonText.quote(value, out);
            return this;
        }

        String close() {
            return out.append('}').toString();
        }
    }
}
