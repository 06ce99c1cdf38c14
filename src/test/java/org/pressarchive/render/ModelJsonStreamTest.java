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
}
