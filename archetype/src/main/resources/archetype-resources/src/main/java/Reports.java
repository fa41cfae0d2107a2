package ${package};

import dev.sluice.annotations.Function;
import dev.sluice.annotations.Schedule;
import java.time.Instant;

/** A nightly job: opens the report of the day before (here, one log line). */
public class Reports {

    @Schedule(value = "cron(0 2 * * ? *)", description = "Opens the report of the previous UTC day")
    @Function(timeoutSeconds = 60, memoryMb = 256)
    public void nightly(Instant scheduledTime) {
        System.out.println("{\"event\":\"nightly-report\",\"day\":\"" + scheduledTime.minusSeconds(86_400)
                .toString().substring(0, 10) + "\"}");
    }
}
