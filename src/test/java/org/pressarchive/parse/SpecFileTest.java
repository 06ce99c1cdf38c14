package org.pressarchive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the examples of {@code src/test/resources/parse-spec/*.spec}. Each example is
 * {@code ### name}, the input text, a line holding only {@code .}, then the expected
 * {@link ReleaseDump}. An example whose name ends with {@code [known-gap]} documents a rule the
 * parser does not follow yet and is skipped. Run with {@code -Dspec.update=true} to rewrite the
 * expectations from the parser's output, then review the diff.
 */
class SpecFileTest {

    private static final Path DIR = Path.of("src/test/resources/parse-spec");
    private static final FrenchReleaseParser PARSER = FrenchReleaseParser.standard();

    record Example(String name, String input, List<String> expected) {
    }

    @TestFactory
    Stream<DynamicNode> specs() throws IOException {
        boolean update = Boolean.getBoolean("spec.update");
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".spec")).sorted().toList().stream()
                    .map(f -> DynamicContainer.dynamicContainer(f.getFileName().toString(), examples(f, update)));
        }
    }

    private Stream<DynamicNode> examples(Path file, boolean update) {
        List<Example> examples = read(file);
        if (update) {
            write(file, examples);
        }
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            Assumptions.assumeFalse(e.name().endsWith("[known-gap]"), "documented gap");
            List<String> actual = ReleaseDump.lines(PARSER.parse("spec/" + e.name() + ".txt", e.input()));
            assertThat(actual).as(e.name()).containsExactlyElementsOf(e.expected());
        }));
    }

    static List<Example> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<Example> out = new ArrayList<>();
        String name = null;
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        boolean inExpected = false;
        for (String line : lines) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    out.add(new Example(name, input.toString(), List.copyOf(expected)));
                }
                name = line.substring(4).trim();
                input.setLength(0);
                expected.clear();
                inExpected = false;
            } else if (name != null && !inExpected && line.equals(".")) {
                inExpected = true;
            } else if (name != null && inExpected) {
                if (!line.isBlank()) {
                    expected.add(line);
                }
            } else if (name != null) {
                input.append(line).append('\n');
            }
        }
        if (name != null) {
            out.add(new Example(name, input.toString(), List.copyOf(expected)));
        }
        return out;
    }

    private static void write(Path file, List<Example> examples) {
        StringBuilder sb = new StringBuilder();
        for (Example e : examples) {
            sb.append("### ").append(e.name()).append('\n').append(e.input()).append(".\n");
            List<String> dump = e.name().endsWith("[known-gap]") ? e.expected()
                    : ReleaseDump.lines(PARSER.parse("spec/" + e.name() + ".txt", e.input()));
            dump.forEach(l -> sb.append(l).append('\n'));
            sb.append('\n');
        }
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
