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
     * A release's compact JSON is streamed field by field: the same bytes as its tree written by
     * Jackson, for releases of every shape the synthetic archive makes, and for one with nulls
     * (no date, no place, no role), warnings, characters to escape and text beyond the BMP.
     */
    @Test
    void theStreamedReleaseJsonHasTheBytesOfItsTree() {
        tools.jackson.databind.ObjectMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        ModelJson json = new ModelJson();
        FrenchReleaseParser parser = FrenchReleaseParser.standard();
        List<Release> releases = new ArrayList<>();
        org.pressarchive.synth.SyntheticArchive synth = new org.pressarchive.synth.SyntheticArchive(3);
        for (int i = 0; i < 40; i++) {
            org.pressarchive.synth.SyntheticArchive.GeneratedRelease g = synth.release(i);
            releases.add(parser.parse(SourceReader.standard().read("in/" + g.fileName(), g.fileName(),
                    g.text().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
        String odd = "Sans date ni lieu.\n\nUn « texte » avec \"guillemets\", \\ barre, tab\t, <b>&amp;</b> et 𝄞 — fin.\n";
        releases.add(parser.parse(SourceReader.standard().read("in/odd.txt", "odd.txt",
                odd.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        for (Release r : releases) {
            String tree = mapper.writeValueAsString(json.tree(r)) + "\n";
            assertThat(new String(json.write(r, false), java.nio.charset.StandardCharsets.UTF_8)).as(r.id()).isEqualTo(tree);
        }
    }
}
