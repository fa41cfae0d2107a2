package dev.sluice.processor.descriptor;

import static com.google.common.truth.Truth.assertThat;
import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTest {

    @Test
    void quotesWhatYamlWouldReadAsSomethingElse() {
        assertThat(Yaml.scalar("2012-10-17")).isEqualTo("'2012-10-17'"); // a date in YAML 1.1
        assertThat(Yaml.scalar("N")).isEqualTo("'N'"); // false in YAML 1.1
        assertThat(Yaml.scalar("yes")).isEqualTo("'yes'");
        assertThat(Yaml.scalar("null")).isEqualTo("'null'");
        assertThat(Yaml.scalar("0123")).isEqualTo("'0123'");
        assertThat(Yaml.scalar("1e3")).isEqualTo("'1e3'");
        assertThat(Yaml.scalar(">=3")).isEqualTo("'>=3'");
        assertThat(Yaml.scalar("*")).isEqualTo("'*'");
        assertThat(Yaml.scalar("a: b")).isEqualTo("'a: b'");
        assertThat(Yaml.scalar("it's")).isEqualTo("it's");
        assertThat(Yaml.scalar("-")).isEqualTo("'-'");
        assertThat(Yaml.scalar("")).isEqualTo("''");
        assertThat(Yaml.scalar("two\nlines")).isEqualTo("\"two\\nlines\"");
    }

    @Test
    void leavesPlainWhatIsPlain() {
        assertThat(Yaml.scalar("${opt:stage, 'dev'}")).isEqualTo("${opt:stage, 'dev'}");
        assertThat(Yaml.scalar("sqs:ReceiveMessage")).isEqualTo("sqs:ReceiveMessage");
        assertThat(Yaml.scalar("dev.sluice.X::handleRequest")).isEqualTo("dev.sluice.X::handleRequest");
        assertThat(Yaml.scalar(30)).isEqualTo("30");
        assertThat(Yaml.scalar(true)).isEqualTo("true");
    }

    @Test
    void writesMappingsSequencesAndFlowLists() {
        Yaml.Mapping document = Yaml.map()
                .put("service", "orders")
                .put("list", List.of(Yaml.map().put("a", 1).put("b", "two"), "three"))
                .put("flow", Yaml.map("Fn::GetAtt", List.of("Queue", "Arn")))
                .comment("service", "the service");

        assertThat(Yaml.write(List.of("header"), document)).isEqualTo(String.join("\n",
                "# header",
                "# the service",
                "service: orders",
                "list:",
                "  - a: 1",
                "    b: two",
                "  - three",
                "flow:",
                "  Fn::GetAtt: [Queue, Arn]",
                ""));
    }

    @Test
    void writesSourceCodeAsALiteralBlockIndentedUnderItsKey() {
        Mapping document = map("Code", map("ZipFile", new Yaml.Block("const a = 1;\n\nif (a) {\n  run('x: y #z');\n}\n")));

        assertThat(Yaml.write(List.of(), document)).isEqualTo(String.join("\n",
                "Code:",
                "  ZipFile: |",
                "    const a = 1;",
                "",
                "    if (a) {",
                "      run('x: y #z');",
                "    }",
                ""));
    }
}
