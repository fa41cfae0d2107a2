package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.OnS3Upload;
import dev.sluice.annotations.UsesBucket;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.BucketModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.Grant;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.S3Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code @OnS3Upload}: a declared bucket, a notifier whose name fits for existing buckets, no trigger that re-triggers
 * itself, and no two notifications one object event could reach (S3 refuses that configuration at deploy time).
 */
public final class S3Rule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof S3Trigger s3) {
                checkS3(pipeline, function, s3, diagnostics);
            }
        }
        checkS3Overlaps(functions, diagnostics);
    }

    private void checkS3(PipelineModel pipeline, FunctionModel function, S3Trigger s3, Diagnostics diagnostics) {
        Optional<BucketModel> bucket = pipeline.bucket(s3.bucket());
        if (bucket.isEmpty()) {
            List<String> declared = pipeline.buckets().stream().map(BucketModel::name).toList();
            diagnostics.on(function, OnS3Upload.class, "bucket", Message.S3_BUCKET_UNDECLARED, s3.bucket(),
                    pipeline.declaringClass().canonicalName(), Diagnostics.listed(declared),
                    Diagnostics.didYouMean(s3.bucket(), declared), s3.bucket());
            return;
        }
        String notifier = Names.physicalFor(pipeline.service(), pipeline.stage(), Names.NOTIFIER);
        if (!bucket.get().created() && notifier.length() > FunctionNamesRule.FUNCTION_NAME_MAX) {
            // The custom resource that sets notifications on existing buckets is a function too.
            diagnostics.on(function, OnS3Upload.class, "bucket", Message.PHYSICAL_NAME_TOO_LONG,
                    "the S3 notification function for existing buckets,", Names.NOTIFIER, notifier,
                    notifier.length(), pipeline.stage(), FunctionNamesRule.FUNCTION_NAME_MAX, "stage");
        }
        for (Grant grant : function.grants()) {
            // Writing emits ObjectCreated events, deleting ObjectRemoved: only those can come back to this trigger.
            boolean writes = grant instanceof Grant.BucketGrant g
                    && (g.access() == UsesBucket.Access.WRITE || g.access() == UsesBucket.Access.READ_WRITE);
            boolean deletes = grant instanceof Grant.BucketGrant g && g.access() == UsesBucket.Access.DELETE;
            boolean emitsWhatTriggers = writes && s3.events().stream().anyMatch(e -> e.startsWith("s3:ObjectCreated:"))
                    || deletes && s3.events().stream().anyMatch(e -> e.startsWith("s3:ObjectRemoved:"));
            if (grant instanceof Grant.BucketGrant write && write.resource().equals(s3.bucket()) && emitsWhatTriggers
                    && (write.prefix().startsWith(s3.prefix()) || s3.prefix().startsWith(write.prefix()))) {
                boolean created = write.access() != UsesBucket.Access.DELETE;
                diagnostics.on(function, OnS3Upload.class, "bucket", Message.S3_RECURSIVE_TRIGGER, function.name(),
                        created ? "uploads" : "removals", s3.bucket(),
                        s3.prefix().isEmpty() ? "" : " under \"" + s3.prefix() + "\"",
                        created ? "writes to" : "deletes from",
                        write.prefix().isEmpty() ? "" : " under \"" + write.prefix() + "\"",
                        created ? "writes" : "deletes");
                return;
            }
        }
    }

    /**
     * S3 refuses, at deploy time, a bucket notification configuration in which one object event could match two
     * entries: overlapping event types whose prefixes and suffixes also overlap.
     */
    private void checkS3Overlaps(List<FunctionModel> functions, Diagnostics diagnostics) {
        List<FunctionModel> earlier = new ArrayList<>();
        for (FunctionModel function : functions) {
            if (!(function.trigger() instanceof S3Trigger s3)) {
                continue;
            }
            for (FunctionModel other : earlier) {
                S3Trigger first = (S3Trigger) other.trigger();
                String event = sharedEvent(first.events(), s3.events());
                if (first.bucket().equals(s3.bucket()) && event != null
                        && (first.prefix().startsWith(s3.prefix()) || s3.prefix().startsWith(first.prefix()))
                        && (first.suffix().endsWith(s3.suffix()) || s3.suffix().endsWith(first.suffix()))) {
                    String longerPrefix = first.prefix().length() > s3.prefix().length() ? first.prefix() : s3.prefix();
                    String longerSuffix = first.suffix().length() > s3.suffix().length() ? first.suffix() : s3.suffix();
                    diagnostics.on(function, OnS3Upload.class, "bucket", Message.S3_OVERLAP, other.name(),
                            function.name(), event, s3.bucket(), longerPrefix + "*" + longerSuffix);
                    break;
                }
            }
            earlier.add(function);
        }
    }

    /** An event both lists receive ({@code s3:ObjectCreated:*} covers {@code s3:ObjectCreated:Put}), or null. */
    private static String sharedEvent(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (covers(x, y)) {
                    return y;
                }
                if (covers(y, x)) {
                    return x;
                }
            }
        }
        return null;
    }

    private static boolean covers(String wide, String narrow) {
        return wide.equals(narrow) || (wide.endsWith("*") && narrow.startsWith(wide.substring(0, wide.length() - 1)));
    }
}
