package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.List;

/**
 * One {@code Allow} statement of a role's policy.
 *
 * @param sid its id, unique in the policy, which says what it is for (e.g. {@code ReceiveOrdersQueueTrigger})
 * @param actions sorted
 * @param resources ARNs, as strings or intrinsic functions
 * @param condition its {@code Condition} block, or null
 */
public record Statement(String sid, List<String> actions, List<Object> resources, Mapping condition) {

    public Statement(String sid, List<String> actions, List<Object> resources) {
        this(sid, actions, resources, null);
    }

    public Mapping template() {
        return map()
                .put("Sid", sid)
                .put("Effect", "Allow")
                .put("Action", actions)
                .put("Resource", resources)
                .put("Condition", condition);
    }
}
