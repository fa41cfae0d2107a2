package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.EnumMap;
import java.util.Map;

/** Turns the JMH JSON result of {@link WarmThroughput} into a Markdown section. Argument: the JSON file. */
public final class JmhReport {

    private JmhReport() {}

    public static void main(String[] args) throws Exception {
        Map<Handlers, double[]> scores = new EnumMap<>(Handlers.class);
        for (JsonNode result : new ObjectMapper().readTree(new File(args[0]))) {
            Handlers handler = Handlers.valueOf(result.get("params").get("handler").asText());
            JsonNode metric = result.get("primaryMetric");
            scores.put(handler, new double[] {metric.get("score").asDouble(), metric.get("scoreError").asDouble()});
        }
        StringBuilder out = new StringBuilder("## Warm throughput (JMH)\n\n"
                + "One batch of 100 messages (one failing) per operation, event bytes in → response bytes out, "
                + "through the runtime's path for each handler kind. `processPayment` does the example's business "
                + "work (validation, fee arithmetic, a ledger line) in both; `overhead only` calls a method that "
                + "does nothing, so the handlers' own costs compare.\n\n"
                + "| function | handler | batches/s | messages/s | ratio | target ≥ 1.5× |\n"
                + "| --- | --- | ---: | ---: | ---: | --- |\n");
        row(out, "processPayment", scores.get(Handlers.SLUICE), scores.get(Handlers.BASELINE));
        row(out, "overhead only", scores.get(Handlers.SLUICE_OVERHEAD), scores.get(Handlers.BASELINE_OVERHEAD));
        double[] sluice = scores.get(Handlers.SLUICE_HTTP);
        double[] baseline = scores.get(Handlers.BASELINE_HTTP);
        out.append("\nOne `GET /users/{userId}` request of an HTTP API (payload 2.0) per operation: the generated "
                        + "handler of the seed's `getUser` shape against a hand-written "
                        + "`RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>` with Jackson, both answering "
                        + "200 with the user as JSON and the CORS headers.\n\n"
                        + "| function | handler | requests/s | ratio | target ≥ 1.0× |\n| --- | --- | ---: | ---: | --- |\n")
                .append(String.format("| getUser | Sluice | %.0f ± %.0f | %s | %s |%n", sluice[0], sluice[1],
                        Stats.ratio(sluice[0], baseline[0]), Stats.verdict(sluice[0] >= baseline[0])))
                .append(String.format("| getUser | hand-written | %.0f ± %.0f | 1.00× | |%n", baseline[0],
                        baseline[1]));
        System.out.print(out);
    }

    private static void row(StringBuilder out, String function, double[] sluice, double[] baseline) {
        out.append(String.format("| %s | Sluice | %.0f ± %.0f | %.0f | %s | %s |%n", function, sluice[0], sluice[1],
                        sluice[0] * 100, Stats.ratio(sluice[0], baseline[0]),
                        Stats.verdict(sluice[0] >= 1.5 * baseline[0])))
                .append(String.format("| %s | hand-written | %.0f ± %.0f | %.0f | 1.00× | |%n", function, baseline[0],
                        baseline[1], baseline[0] * 100));
    }
}
