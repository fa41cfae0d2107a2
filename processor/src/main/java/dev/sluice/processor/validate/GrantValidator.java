package dev.sluice.processor.validate;

import dev.sluice.annotations.IamStatement;
import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesTable;
import dev.sluice.processor.descriptor.Permissions;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.parse.Annotations.Occurrence;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;

/**
 * Checks what a method declares about its permissions, on its own: table operations, bucket prefixes and raw IAM
 * statements.
 * Whether the named resources exist is checked once the whole pipeline is known ({@link PipelineChecks}).
 */
public final class GrantValidator {

    private static final Pattern ACTION = Pattern.compile("[a-z0-9-]+:[A-Za-z0-9]+");
    private static final Pattern PREFIX = Pattern.compile("[^*/][^*]*");

    public void validate(ExecutableElement method, Report report) {
        UsesBucket[] buckets = method.getAnnotationsByType(UsesBucket.class);
        List<Occurrence> bucketPlaces = Annotations.occurrences(method, UsesBucket.class, UsesBucket.List.class);
        for (int i = 0; i < buckets.length; i++) {
            String prefix = buckets[i].prefix();
            if (!prefix.isEmpty() && !PREFIX.matcher(prefix).matches()) {
                Occurrence at = bucketPlaces.get(i);
                report.error(method, at.mirror(), at.at("prefix"), Message.BUCKET_PREFIX, prefix);
            } else if (S3KeyText.problem(prefix) != null) {
                Occurrence at = bucketPlaces.get(i);
                report.error(method, at.mirror(), at.at("prefix"), Message.S3_KEY_TEXT, "prefix", prefix,
                        S3KeyText.problem(prefix));
            }
        }
        UsesTable[] tables = method.getAnnotationsByType(UsesTable.class);
        List<Occurrence> tablePlaces = Annotations.occurrences(method, UsesTable.class, UsesTable.List.class);
        for (int i = 0; i < tables.length; i++) {
            List<String> allowed = Permissions.table(tables[i].access());
            for (UsesTable.Operation operation : tables[i].only()) {
                if (!allowed.contains(operation.action())) {
                    report.error(method, tablePlaces.get(i).mirror(), tablePlaces.get(i).at("only"),
                            Message.GRANT_OPERATION_OUTSIDE_ACCESS, operation, tables[i].access(),
                            tables[i].value(), String.join(", ", allowed));
                }
            }
        }
        IamStatement[] statements = method.getAnnotationsByType(IamStatement.class);
        List<Occurrence> statementPlaces =
                Annotations.occurrences(method, IamStatement.class, IamStatement.List.class);
        for (int i = 0; i < statements.length; i++) {
            validateStatement(method, statements[i], statementPlaces.get(i), report);
        }
    }

    private static void validateStatement(ExecutableElement method, IamStatement statement, Occurrence at,
            Report report) {
        if (statement.actions().length == 0 || statement.resources().length == 0) {
            report.error(method, at.mirror(), at.value(), Message.IAM_EMPTY);
            return;
        }
        for (String action : statement.actions()) {
            if (action.contains("*")) {
                report.error(method, at.mirror(), at.at("actions"), Message.IAM_WILDCARD, "action", action);
            } else if (!ACTION.matcher(action).matches()) {
                report.error(method, at.mirror(), at.at("actions"), Message.IAM_ACTION, action);
            }
        }
        for (String resource : statement.resources()) {
            if (resource.contains("*")) {
                report.error(method, at.mirror(), at.at("resources"), Message.IAM_WILDCARD, "resource", resource);
            } else if (!resource.startsWith("arn:")) {
                report.error(method, at.mirror(), at.at("resources"), Message.IAM_RESOURCE, resource);
            }
        }
    }
}
