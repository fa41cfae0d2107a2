package dev.sluice.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line: invoke a handler once with an event file and print the response.
 *
 * <pre>
 * java -cp your-lambda.jar:sluice-local.jar dev.sluice.local.Invoke \
 *     --handler com.example.Payments_processPaymentHandler::handleRequest --event event.json \
 *     [--function processPayment] [--timeout 30] [--memory 512] [--response response.json]
 * </pre>
 *
 * The handler's log goes to standard error, the response to standard output, or to {@code --response}'s file
 * (then standard output holds only what the function itself prints).
 */
public final class Invoke {

    private Invoke() {}

    public static void main(String[] args) throws Exception {
        String handler = option(args, "--handler", null);
        String event = option(args, "--event", null);
        if (handler == null || event == null) {
            System.err.println("usage: Invoke --handler <class::handleRequest> --event <file.json> "
                    + "[--function <name>] [--timeout <seconds>] [--memory <MB>] [--response <file>]");
            System.exit(2);
        }
        String className = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
        String function = option(args, "--function", className.substring(className.lastIndexOf('.') + 1));
        int timeout = Integer.parseInt(option(args, "--timeout", "30"));
        int memory = Integer.parseInt(option(args, "--memory", "512"));
        String responseFile = option(args, "--response", null);
        byte[] response = run(handler, Files.readAllBytes(Path.of(event)), function, timeout, memory, System.err);
        if (responseFile != null) {
            Files.write(Path.of(responseFile), response);
        } else {
            System.out.println(new String(response, StandardCharsets.UTF_8));
        }
    }

    /** Creates the handler, invokes it once, and returns the response bytes. */
    public static byte[] run(String handler, byte[] event, String function, int timeoutSeconds, int memoryMb,
            PrintStream log) throws IOException, ReflectiveOperationException {
        LocalInvoker invoker = new LocalInvoker(handler, Thread.currentThread().getContextClassLoader());
        return invoker.invoke(event, new LocalContext(function, memoryMb, timeoutSeconds, log));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
