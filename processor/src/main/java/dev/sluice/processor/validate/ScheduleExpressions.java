package dev.sluice.processor.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EventBridge schedule expressions, checked with EventBridge's rules so that a bad schedule is a compile error
 * rather than a failed deploy: {@code cron(minutes hours day-of-month month day-of-week year)} and
 * {@code rate(value unit)}. Each problem says what is wrong and how to fix it.
 */
public final class ScheduleExpressions {

    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final Pattern RATE = Pattern.compile("rate\\((.*)\\)");
    private static final Pattern RATE_BODY = Pattern.compile("(\\S+) (\\S+)");

    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    /** One cron field: its name, its numeric range, and its names (month and weekday names), if any. */
    private record Field(String name, int min, int max, List<String> names) {}

    private static final List<Field> FIELDS = List.of(
            new Field("minutes", 0, 59, List.of()),
            new Field("hours", 0, 23, List.of()),
            new Field("day-of-month", 1, 31, List.of()),
            new Field("month", 1, 12, MONTHS),
            new Field("day-of-week", 1, 7, DAYS),
            new Field("year", 1970, 2199, List.of()));

    private static final Map<String, String> RATE_UNITS = Map.of(
            "minute", "minutes", "hour", "hours", "day", "days");

    private ScheduleExpressions() {}

    /** What is wrong with {@code expression}, with the fix; empty when EventBridge accepts it. */
    public static Optional<String> problem(String expression) {
        Matcher cron = CRON.matcher(expression);
        if (cron.matches()) {
            return cronProblem(cron.group(1));
        }
        Matcher rate = RATE.matcher(expression);
        if (rate.matches()) {
            return rateProblem(rate.group(1));
        }
        return Optional.of("it is neither cron(...) nor rate(...). Write e.g. cron(0 6 * * ? *) for 06:00 UTC every "
                + "day, or rate(5 minutes)");
    }

    private static Optional<String> rateProblem(String body) {
        Matcher parts = RATE_BODY.matcher(body);
        if (!parts.matches()) {
            return Optional.of("a rate is a whole number and a unit, e.g. rate(5 minutes)");
        }
        long value;
        try {
            value = Long.parseLong(parts.group(1));
        } catch (NumberFormatException e) {
            return Optional.of("'" + parts.group(1) + "' is not a whole number; write e.g. rate(5 minutes)");
        }
        if (value < 1) {
            return Optional.of("the value must be at least 1, e.g. rate(1 minute)");
        }
        String unit = parts.group(2);
        for (Map.Entry<String, String> known : RATE_UNITS.entrySet()) {
            String singular = known.getKey();
            String plural = known.getValue();
            if (unit.equals(singular)) {
                return value == 1 ? Optional.empty()
                        : Optional.of("use the plural '" + plural + "' for a value other than 1: rate(" + value + " "
                                + plural + ")");
            }
            if (unit.equals(plural)) {
                return value != 1 ? Optional.empty()
                        : Optional.of("use the singular '" + singular + "' for 1: rate(1 " + singular + ")");
            }
        }
        return Optional.of("unknown unit '" + unit + "': use minute(s), hour(s) or day(s)");
    }

    private static Optional<String> cronProblem(String body) {
        String[] fields = body.trim().split("\\s+");
        if (fields.length != 6) {
            return Optional.of("it has " + fields.length + " field" + (fields.length == 1 ? "" : "s")
                    + "; EventBridge cron has 6: minutes hours day-of-month month day-of-week year"
                    + (fields.length == 5 ? ". Add the year, e.g. cron(" + body.trim() + " *)" : ""));
        }
        String dayOfMonth = fields[2];
        String dayOfWeek = fields[4];
        if (dayOfMonth.equals("*") && dayOfWeek.equals("*")) {
            return Optional.of("day-of-month and day-of-week cannot both be '*': put '?' in one of them, e.g. "
                    + "cron(" + fields[0] + " " + fields[1] + " * " + fields[3] + " ? " + fields[5] + ")");
        }
        if (dayOfMonth.equals("?") && dayOfWeek.equals("?")) {
            return Optional.of("day-of-month and day-of-week cannot both be '?': put '*' or a value in one of them");
        }
        if (!dayOfMonth.equals("?") && !dayOfWeek.equals("?")) {
            return Optional.of("day-of-month (" + dayOfMonth + ") and day-of-week (" + dayOfWeek + ") are both "
                    + "set; EventBridge needs '?' in one of them");
        }
        for (int i = 0; i < 6; i++) {
            Optional<String> problem = fieldProblem(FIELDS.get(i), fields[i]);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fieldProblem(Field field, String text) {
        boolean days = field.name().startsWith("day-of");
        if (text.equals("?")) {
            return days ? Optional.empty()
                    : Optional.of("'?' is only allowed in day-of-month or day-of-week, not in " + field.name());
        }
        for (String item : text.split(",", -1)) {
            Optional<String> problem = itemProblem(field, item, text);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> itemProblem(Field field, String item, String whole) {
        if (item.isEmpty()) {
            return Optional.of(field.name() + " '" + whole + "' has an empty list item");
        }
        String upper = item.toUpperCase(Locale.ROOT);
        if (field.name().equals("day-of-month")) {
            if (upper.equals("L") || upper.equals("LW")) {
                return Optional.empty();
            }
            if (upper.endsWith("W")) {
                return value(field, item.substring(0, item.length() - 1)).isPresent()
                        ? Optional.empty()
                        : Optional.of("day-of-month '" + item + "': W follows a day of the month, e.g. 15W");
            }
        }
        if (field.name().equals("day-of-week")) {
            if (upper.equals("L")) {
                return Optional.empty();
            }
            if (upper.endsWith("L")) {
                return value(field, item.substring(0, item.length() - 1)).isPresent()
                        ? Optional.empty()
                        : Optional.of("day-of-week '" + item + "': L follows a weekday, e.g. 6L (the last Friday)");
            }
            int hash = item.indexOf('#');
            if (hash >= 0) {
                String nth = item.substring(hash + 1);
                if (value(field, item.substring(0, hash)).isEmpty() || !nth.matches("[1-5]")) {
                    return Optional.of("day-of-week '" + item + "': write weekday#n with n from 1 to 5, e.g. 3#2 "
                            + "(the second Tuesday)");
                }
                return Optional.empty();
            }
        }
        if (upper.contains("L") && !field.names().isEmpty() && value(field, item).isPresent()) {
            return Optional.empty(); // a name that happens to contain L (JUL, APR...)
        }
        String range = item;
        int slash = item.indexOf('/');
        if (slash >= 0) {
            String step = item.substring(slash + 1);
            range = item.substring(0, slash);
            int increment;
            try {
                increment = Integer.parseInt(step);
            } catch (NumberFormatException e) {
                return Optional.of(field.name() + " '" + item + "': the step after '/' must be a whole number");
            }
            if (increment < 1 || increment > field.max()) {
                return Optional.of(field.name() + " '" + item + "': the step must be from 1 to " + field.max());
            }
        }
        if (range.equals("*")) {
            return Optional.empty();
        }
        int dash = range.indexOf('-');
        if (dash > 0) {
            Optional<Integer> from = value(field, range.substring(0, dash));
            Optional<Integer> to = value(field, range.substring(dash + 1));
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.of(outOfRange(field, range));
            }
            if (from.get() > to.get()) {
                return Optional.of(field.name() + " range '" + range + "' ends before it starts; write the smaller "
                        + "value first");
            }
            return Optional.empty();
        }
        return value(field, range).isPresent() ? Optional.empty() : Optional.of(outOfRange(field, range));
    }

    private static String outOfRange(Field field, String value) {
        String names = field.names().isEmpty()
                ? ""
                : " or " + field.names().get(0) + "-" + field.names().get(field.names().size() - 1);
        return field.name() + " value '" + value + "' is not allowed: use " + field.min() + "-" + field.max() + names
                + ", or the wildcards , - * /" + (field.name().startsWith("day-of") ? " ?" : "");
    }

    /** A field value as a number: digits within range, or a name of this field. */
    private static Optional<Integer> value(Field field, String text) {
        int named = field.names().indexOf(text.toUpperCase(Locale.ROOT));
        if (named >= 0) {
            return Optional.of(named + 1);
        }
        if (!text.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text);
        return value >= field.min() && value <= field.max() ? Optional.of(value) : Optional.empty();
    }
}
