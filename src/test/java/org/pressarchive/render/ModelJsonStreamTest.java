package org.pressarchive.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.model.Release;
import org.pressarchive.parse.FrenchReleaseParser;
import org.pressarchive.testing.SeedFixture;

class ModelJsonStreamTest {
    @Test
    void theStreamedDataFileHasTheBytesOfTheWholeTree() throws Exception {
        List<Release> releases = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                releases.add(FrenchReleaseParser.standard().parse(SourceReader.standard()
                        .read("seeds/" + f.getFileName(), f.getFileName().toString(), Files.readAllBytes(f))));
            }
        }
        assertThat(releases).isNotEmpty();
        ModelJson json = new ModelJson();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeAll(releases, out);
        assertThat(out.toByteArray()).isEqualTo(json.writeAll(releases, false));
        assertThat(RenderTask.streamed("x.json", o -> json.writeAll(releases, o)).content().get())
                .isEqualTo(json.writeAll(releases, false));
    }

    /**
     * The documented JSON of the seed, pretty-printed as {@code parse --pretty} prints it and
     * compact as the site's file (its golden is {@code GoldenPagesTest}'s): field order, nulls,
     * numbers, escaping, indentation, and the arrays of several releases around the same bytes.
     */
    @Test
    void theSeedsJsonMatchesItsGoldens() throws Exception {
        Path seed = Path.of("seeds/000_c3a0a43d85b2b77a.txt");
        Release r = FrenchReleaseParser.standard().parse(SourceReader.standard()
                .read("seeds/" + seed.getFileName(), seed.getFileName().toString(), Files.readAllBytes(seed)));
        ModelJson json = new ModelJson();
        String pretty = Files.readString(Path.of("src/test/resources/golden/parse/000_c3a0a43d85b2b77a.pretty.json"));
        assertThat(new String(json.write(r, true), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(pretty);
        String compact = Files.readString(Path.of("src/test/resources/golden/seed/communiques/" + SeedFixture.ID + ".json"));
        assertThat(new String(json.write(r, false), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(compact);
        String one = compact.substring(0, compact.length() - 1);
        assertThat(new String(json.writeAll(List.of(r, r), false), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("[" + one + "," + one + "]\n");
        assertThat(new String(json.writeAll(List.of(r), true), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("[ {\n  \"id\" : ").endsWith("} ]\n");
    }
}
