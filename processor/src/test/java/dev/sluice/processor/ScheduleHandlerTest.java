package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compileWithPipeline;
import static dev.sluice.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.google.testing.compile.Compilation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * {@code @Schedule} handlers: goldens, and the compiled handlers invoked with the bytes of AWS's sample scheduled
 * event (Lambda developer guide, "Using Lambda with EventBridge schedules") or of the rule's constant input.
 */
class ScheduleHandlerTest {

    private static final JavaFileObject REPORTS = source("Reports",
            "import java.time.Instant;",
            "import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;",
            "public class Reports {",
            "    public record Job(String report, int days) {}",
            "",
            "    @Schedule(\"cron(0 6 * * ? *)\")",
            "    public void daily(Instant scheduledTime) {",
            "        dev.sluice.processor.Recorder.record(\"daily \" + scheduledTime);",
            "    }",
            "",
            "    @Schedule(value = \"rate(1 hour)\", input = \"{\\\"report\\\": \\\"hourly\\\", \\\"days\\\": 1}\")",
            "    public void hourly(Job job) {",
            "        dev.sluice.processor.Recorder.record(job.report() + \" \" + job.days());",
            "    }",
            "",
            "    @Schedule(\"rate(5 minutes)\")",
            "    public void raw(ScheduledEvent event) {",
            "        dev.sluice.processor.Recorder.record(event.getDetailType() + \" \" + event.getResources());",
            "    }",
            "",
            "    @Schedule(\"rate(1 day)\")",
            "    public void broken() throws java.io.IOException {",
            "        throw new java.io.IOException(\"report store unavailable\");",
            "    }",
            "}");

    private static Compilation compilation;
    private static CompiledClasses classes;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeAll
    static void compile() {
        compilation = compileWithPipeline(REPORTS);
        assertThat(compilation).succeededWithoutWarnings();
        classes = new CompiledClasses(compilation);
    }

    @BeforeEach
    void reset() {
        Recorder.reset(() -> { });
    }

    @Test
    void scheduledTime(TestInfo test) {
        Goldens.assertGenerated(compilation, "test.Reports_dailyHandler", test);
    }

    @Test
    void constantInput(TestInfo test) {
        Goldens.assertGenerated(compilation, "test.Reports_hourlyHandler", test);
    }

    @Test
    void theMethodGetsTheEventsTime() throws Exception {
        invoke("test.Reports_dailyHandler", fixture());

        assertThat(Recorder.calls()).containsExactly("daily 2015-10-08T16:53:06Z");
    }

    @Test
    void theMethodGetsTheDecodedInput() throws Exception {
        invoke("test.Reports_hourlyHandler", "{\"report\": \"hourly\", \"days\": 1}".getBytes(StandardCharsets.UTF_8));

        assertThat(Recorder.calls()).containsExactly("hourly 1");
    }

    @Test
    void theMethodGetsTheAwsEventObject() throws Exception {
        invoke("test.Reports_rawHandler", fixture());

        ScheduledEvent expected = EventLoader.loadScheduledEvent("events/scheduled-event.json");
        assertThat(Recorder.calls()).containsExactly(expected.getDetailType() + " " + expected.getResources());
    }

    @Test
    void aFailureFailsTheInvocationAndIsLogged() throws Exception {
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> invoke("test.Reports_brokenHandler", fixture()));

        assertThat(thrown).hasCauseThat().hasMessageThat().isEqualTo("report store unavailable");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("\"errorType\":\"java.io.IOException\"");
    }

    private String invoke(String handler, byte[] event) throws Exception {
        return classes.invoke(handler, event, log);
    }

    private static byte[] fixture() throws Exception {
        return CompiledClasses.event("scheduled-event.json");
    }
}
