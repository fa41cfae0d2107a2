package dev.sluice.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesTable;
import dev.sluice.processor.descriptor.Permissions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's grant table says exactly what the roles get: one row per grant and access, the same actions. */
class GrantTableTest {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `@(Uses\\w+)`(?: `(\\w+)`)? \\| (.*?) \\|");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    @Test
    void everyGrantAndAccessHasItsRowWithTheActionsRolesGet() throws Exception {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        Map<String, TreeSet<String>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(readme);
        while (row.find()) {
            String key = row.group(1) + (row.group(2) == null ? "" : " " + row.group(2));
            rows.put(key, actions(row.group(3), rows));
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (UsesTable.Access access : UsesTable.Access.values()) {
            expected.put("UsesTable " + access, Permissions.table(access));
        }
        for (UsesBucket.Access access : UsesBucket.Access.values()) {
            List<String> actions = new ArrayList<>(Permissions.bucketObjects(access));
            actions.addAll(Permissions.bucketListing(access));
            expected.put("UsesBucket " + access, actions);
        }
        expected.put("UsesQueue", Permissions.SQS_SEND);
        expected.put("UsesTopic", Permissions.SNS_PUBLISH);
        expected.put("UsesEventBus", Permissions.EVENTS_PUT);
        expected.put("UsesKinesisStream", Permissions.KINESIS_PUT);
        assertWithMessage("README.md's grant table rows").that(rows.keySet())
                .containsExactlyElementsIn(expected.keySet()).inOrder();
        expected.forEach((grant, actions) -> assertWithMessage("actions of %s in README.md's grant table", grant)
                .that(rows.get(grant)).containsExactlyElementsIn(actions));
    }

    /**
     * A cell's actions: each code span is {@code service:A, B, C} (the service named once), and "both sets" stands
     * for the union of the rows above it of the same grant.
     */
    private static TreeSet<String> actions(String cell, Map<String, TreeSet<String>> above) {
        TreeSet<String> actions = new TreeSet<>();
        if (cell.strip().equals("both sets")) {
            above.forEach((grant, set) -> actions.addAll(set));
            return actions;
        }
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            String service = null;
            for (String part : code.group(1).split(",\\s*")) {
                int colon = part.indexOf(':');
                if (colon > 0) {
                    service = part.substring(0, colon);
                    actions.add(part.strip());
                } else {
                    actions.add(service + ":" + part.strip());
                }
            }
        }
        return actions;
    }
}
