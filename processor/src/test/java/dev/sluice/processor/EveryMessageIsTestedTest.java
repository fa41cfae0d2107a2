package dev.sluice.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.sluice.processor.diag.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every diagnostic has at least one compile test that provokes it (INTERNAL_ERROR aside: Sluice bugs only). */
class EveryMessageIsTestedTest {

    @Test
    void everyMessageAppearsInACompileTest() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("src/test/java/dev/sluice/processor"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
                if (!file.getFileName().toString().equals("EveryMessageIsTestedTest.java")) {
                    tests.append(Files.readString(file));
                }
            }
        }
        List<String> untested = new ArrayList<>();
        for (Message message : Message.values()) {
            if (message != Message.INTERNAL_ERROR && !tests.toString().contains("Message." + message.name())) {
                untested.add(message.name());
            }
        }
        assertWithMessage("messages without a compile test").that(untested).isEmpty();
    }
}
