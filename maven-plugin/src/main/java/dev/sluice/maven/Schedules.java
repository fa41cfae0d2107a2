package dev.sluice.maven;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pipeline's schedules, firing in UTC as EventBridge rules do: {@code rate(...)} every interval from the start,
 * {@code cron(...)} at each time it names (EventBridge's six fields are Quartz's without seconds). Each firing
 * sends the function the scheduled event EventBridge would, or the rule's constant input. A disabled rule does not
 * fire; any function can be fired now with {@link #fire}.
 */
public final class Schedules implements AutoCloseable {

    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sluice-schedules");
        thread.setDaemon(true);
        return thread;
    });
    private final List<WarmFunction> functions;
    private final Map<String, AsyncInvoker> invokers;
    private final String region;

    /** The schedules of {@code functions}, delivered through their asynchronous {@code invokers}. */
    Schedules(List<WarmFunction> functions, Map<String, AsyncInvoker> invokers, String region) {
        this.functions = functions;
        this.invokers = invokers;
        this.region = region;
    }

    /** Starts the enabled schedules; returns a line per schedule saying when it fires next. */
    public List<String> start() {
        List<String> lines = new ArrayList<>();
        for (WarmFunction function : functions) {
            if (!function.function().kind().equals("schedule")) {
                continue;
            }
            String expression = function.function().trigger().path("expression").asText();
            if (!function.function().trigger().path("enabled").asBoolean(true)) {
                lines.add(function.function().name() + ": " + expression + " (disabled)");
                continue;
            }
            Optional<Duration> rate = rate(expression);
            if (rate.isPresent()) {
                long millis = rate.get().toMillis();
                timer.scheduleAtFixedRate(() -> fire(function), millis, millis, TimeUnit.MILLISECONDS);
                lines.add(function.function().name() + ": " + expression + ", first at "
                        + ZonedDateTime.now(ZoneOffset.UTC).plus(rate.get()).withNano(0));
            } else {
                ZonedDateTime next = scheduleCron(function, expression, ZonedDateTime.now(ZoneOffset.UTC));
                lines.add(function.function().name() + ": " + expression + ", next at " + next);
            }
        }
        return lines;
    }

    static Optional<Duration> rate(String expression) {
        Matcher matcher = RATE.matcher(expression);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long value = Long.parseLong(matcher.group(1));
        return Optional.of(switch (matcher.group(2)) {
            case "minute", "minutes" -> Duration.ofMinutes(value);
            case "hour", "hours" -> Duration.ofHours(value);
            default -> Duration.ofDays(value);
        });
    }

    /** The next time an EventBridge {@code cron(...)} fires after {@code from}, in UTC. */
    static ZonedDateTime next(String expression, ZonedDateTime from) {
        Matcher matcher = CRON.matcher(expression);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a schedule expression: " + expression);
        }
        ExecutionTime time = ExecutionTime.forCron(QUARTZ.parse("0 " + matcher.group(1)));
        return time.nextExecution(from).orElseThrow(() -> new IllegalArgumentException(expression
                + " never fires again"));
    }

    private ZonedDateTime scheduleCron(WarmFunction function, String expression, ZonedDateTime from) {
        ZonedDateTime next = next(expression, from);
        long delay = Math.max(0, Duration.between(ZonedDateTime.now(ZoneOffset.UTC), next).toMillis());
        timer.schedule(() -> {
            fire(function);
            scheduleCron(function, expression, next);
        }, delay, TimeUnit.MILLISECONDS);
        return next;
    }

    /** Sends {@code function} its scheduled event now (or its rule's constant input), asynchronously. */
    public void fire(WarmFunction function) {
        String now = ZonedDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_INSTANT);
        invokers.get(function.function().name()).submit("schedule " + function.function().trigger()
                .path("expression").asText(), "scheduled event at " + now, event(function.function(), region, now));
    }

    /** What EventBridge sends for a scheduled rule firing at {@code time}, or the rule's constant input. */
    static byte[] event(LocalPipeline.Function function, String region, String time) {
        JsonNode input = function.trigger().path("input");
        String event = input.isTextual() ? input.asText() : "{\"version\":\"0\",\"id\":\"" + UUID.randomUUID()
                + "\",\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\",\"account\":\""
                + LocalSqs.ACCOUNT + "\",\"time\":\"" + time + "\",\"region\":\"" + region
                + "\",\"resources\":[\"arn:aws:events:" + region + ":" + LocalSqs.ACCOUNT + ":rule/"
                + function.name() + "\"],\"detail\":{}}";
        return event.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
