package dev.sluice.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** EventBridge's documented syntax, expression by expression. */
class ScheduleExpressionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "cron(0 6 * * ? *)",                 // the seed's dailyReport: 06:00 UTC every day
        "cron(15 10 ? * 6L 2026-2030)",      // 10:15 on the last Friday of each month, 2026 to 2030
        "cron(0/15 * * * ? *)",              // every 15 minutes
        "cron(0 18 ? * MON-FRI *)",          // 18:00 on weekdays
        "cron(0 8 1 * ? *)",                 // 08:00 on the first of every month
        "cron(0/5 8-17 ? * MON-FRI *)",
        "cron(0 9 ? * 2#1 *)",               // the first Monday
        "cron(0 0 L * ? *)",                 // the last day of the month
        "cron(0 0 LW * ? *)",                // the last weekday of the month
        "cron(0 0 15W * ? *)",               // the weekday nearest the 15th
        "cron(30 2 ? JAN,JUL SUN *)",
        "cron(0 12 * jan-mar ? 1970)",
        "cron(1,2,3 1-3/2 ? * * *)",
        "rate(1 minute)", "rate(5 minutes)", "rate(1 hour)", "rate(12 hours)", "rate(1 day)", "rate(7 days)"})
    void acceptsWhatEventBridgeAccepts(String expression) {
        assertWithMessage(expression).that(ScheduleExpressions.problem(expression)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cron(0 6 * * * *)        | day-of-month and day-of-week cannot both be '*': put '?' in one of them",
        "cron(0 6 ? * ? *)        | cannot both be '?'",
        "cron(0 6 1 * MON *)      | day-of-month (1) and day-of-week (MON) are both set",
        "cron(0 6 * * ?)          | it has 5 fields; EventBridge cron has 6",
        "cron(* * * * * ? *)      | it has 7 fields",
        "cron(60 6 * * ? *)       | minutes value '60' is not allowed: use 0-59",
        "cron(0 24 * * ? *)       | hours value '24' is not allowed: use 0-23",
        "cron(0 6 32 * ? *)       | day-of-month value '32' is not allowed: use 1-31",
        "cron(0 6 0 * ? *)        | day-of-month value '0' is not allowed",
        "cron(0 6 ? 13 MON *)     | month value '13' is not allowed: use 1-12 or JAN-DEC",
        "cron(0 6 ? JANUARY 1 *)  | month value 'JANUARY' is not allowed",
        "cron(0 6 ? * 8 *)        | day-of-week value '8' is not allowed: use 1-7 or SUN-SAT",
        "cron(0 6 ? * 2#6 *)      | write weekday#n with n from 1 to 5",
        "cron(0 6 ? * * 1969)     | year value '1969' is not allowed: use 1970-2199",
        "cron(? 6 * * ? *)        | '?' is only allowed in day-of-month or day-of-week, not in minutes",
        "cron(0/0 6 * * ? *)      | the step must be from 1 to 59",
        "cron(0/x 6 * * ? *)      | the step after '/' must be a whole number",
        "cron(30-10 6 * * ? *)    | range '30-10' ends before it starts",
        "cron(0 6 * * ? *,)       | has an empty list item",
        "cron(0 6 XW * ? *)       | W follows a day of the month",
        "rate(5 minute)           | use the plural 'minutes' for a value other than 1: rate(5 minutes)",
        "rate(1 minutes)          | use the singular 'minute' for 1: rate(1 minute)",
        "rate(0 minutes)          | the value must be at least 1",
        "rate(-1 days)            | the value must be at least 1",
        "rate(1.5 hours)          | '1.5' is not a whole number",
        "rate(2 weeks)            | unknown unit 'weeks': use minute(s), hour(s) or day(s)",
        "rate(5)                  | a rate is a whole number and a unit",
        "0 6 * * ? *              | it is neither cron(...) nor rate(...)",
        "cron 0 6 * * ? *         | it is neither cron(...) nor rate(...)"})
    void rejectsWithAMessageThatSaysHowToFixIt(String expression, String message) {
        assertWithMessage(expression).that(ScheduleExpressions.problem(expression.trim())).isPresent();
        assertThat(ScheduleExpressions.problem(expression.trim()).get()).contains(message.trim());
    }

    @Test
    void fiveFieldsSuggestAddingTheYear() {
        assertThat(ScheduleExpressions.problem("cron(0 6 * * ?)").get()).contains("cron(0 6 * * ? *)");
    }
}
