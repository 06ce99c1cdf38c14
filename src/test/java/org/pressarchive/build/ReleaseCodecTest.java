package org.pressarchive.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.pressarchive.ingest.SourceReader;
import org.pressarchive.model.InlineMark;
import org.pressarchive.model.Kind;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.ReleaseMeta;
import org.pressarchive.model.Segment;
import org.pressarchive.model.Sentence;
import org.pressarchive.model.Warning;
import org.pressarchive.parse.FrenchReleaseParser;

class ReleaseCodecTest {
    @Test
    void everyFixtureReleaseSurvivesTheRoundTrip() throws IOException {
        FrenchReleaseParser parser = FrenchReleaseParser.standard();
        SourceReader reader = SourceReader.standard();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/fixtures"))) {
            files = s.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path f : files) {
            Release r = parser.parse(reader.read("fixtures/" + f.getFileName(), f.getFileName().toString(),
                    Files.readAllBytes(f)));
            byte[] bytes = ReleaseCodec.encode(r);
            assertThat(ReleaseCodec.decode(bytes)).as(f.toString()).isEqualTo(r);
            ReleaseCodec.Head head = ReleaseCodec.readHead(new CodecInput(bytes));
            assertThat(head.head()).isEqualTo(org.pressarchive.site.ReleaseStore.head(r));
            assertThat(head.facts()).isEqualTo(org.pressarchive.site.ReleaseStore.Facts.of(r));
        }
    }

    @Test
    void nullsMarksOwnSentenceTextsAndLongStringsSurvive() throws IOException {
        String longText = "é".repeat(70_000) + " Fin.";
        Paragraph p = new Paragraph("p1", 0, 3, longText,
                List.of(new Sentence("p1-s1", 0, 70_000, "é".repeat(70_000), List.of("a"), Kind.STATEMENT),
                        new Sentence("p1-s2", 70_001, 70_005, "not the substring", List.of(), Kind.NARRATION)),
                List.of(new Segment("p1-g1", List.of("a", "b"), Kind.ACTION, List.of("p1-s1", "p1-s2"))),
                List.of(new InlineMark(InlineMark.Type.LINK, 0, 2, "https://example.org/?a=1&b=2"),
                        new InlineMark(InlineMark.Type.CODE, 3, 4, null)));
        Release r = new Release("x", "in/x.md", "en", null, null, "Title « »",
                List.of(new Participant("a", "A", null, null), new Participant("b", "B", "role", "Chine")),
                List.of(p), List.of(new Warning(3, "odd line")),
                new ReleaseMeta(null, List.of("t1", "t2"), "orig", "abc"));
        assertThat(ReleaseCodec.decode(ReleaseCodec.encode(r))).isEqualTo(r);
        Release dated = new Release("y", "y.txt", "fr", LocalDate.of(2001, 2, 3), "Paris", "T", List.of(), List.of(),
                List.of(), new ReleaseMeta("https://s", List.of(), null, null));
        assertThat(ReleaseCodec.decode(ReleaseCodec.encode(dated))).isEqualTo(dated);
    }

    @Test
    void truncatedOrForeignBytesAreAnErrorNotAWrongRelease() {
        Release r = new Release("y", "y.txt", "fr", LocalDate.of(2001, 2, 3), "Paris", "T", List.of(), List.of(),
                List.of(), new ReleaseMeta(null, List.of(), null, null));
        byte[] bytes = ReleaseCodec.encode(r);
        assertThatThrownBy(() -> ReleaseCodec.decode(Arrays.copyOf(bytes, bytes.length - 3))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ReleaseCodec.decode(new byte[] {0, 0, 0, 9, 1, 2})).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ParseCache.decode(new byte[] {1, 0, 0, 0})).isInstanceOf(IOException.class);
    }
}
