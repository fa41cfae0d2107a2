package dev.sluice.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Maven running this build (the wrapper's), so that what a test runs through Maven uses the same version. */
final class Maven {

    private Maven() {}

    static List<String> command(String... args) {
        String home = System.getProperty("maven.home");
        Path mvn = home == null ? null : Path.of(home, "bin", "mvn");
        List<String> command = new ArrayList<>();
        command.add(mvn != null && Files.isExecutable(mvn) ? mvn.toString() : "mvn");
        command.addAll(List.of(args));
        return command;
    }
}
