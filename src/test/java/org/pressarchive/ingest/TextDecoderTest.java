package org.pressarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pressarchive.model.SourceParagraph;
import org.pressarchive.model.SourceText;

class TextDecoderTest {
    private final SourceReader reader = SourceReader.standard();

    private SourceText read(byte[] bytes) {
        return reader.read("in/x.txt", "x.txt", bytes);
    }

    @Test
    void stripsTheUtf8ByteOrderMark() {
        byte[] text = "Première ligne.\nDeuxième.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        SourceText t = read(withBom);
        assertThat(t.paragraphs()).extracting(SourceParagraph::text).containsExactly("Première ligne.", "Deuxième.");
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void acceptsEveryLineEndingAndCountsLines() {
        SourceText t = read("un\r\ndeux\rtrois\n\nquatre".getBytes(StandardCharsets.UTF_8));
        assertThat(t.paragraphs()).extracting(SourceParagraph::text).containsExactly("un", "deux", "trois", "quatre");
        assertThat(t.paragraphs()).extracting(SourceParagraph::line).containsExactly(1, 2, 3, 5);
    }

    @Test
    void readsInvalidUtf8AsWindows1252WithAWarningNamingTheLine() {
        byte[] bytes = "Ligne une.\nLe ministre a déclaré « oui ».".getBytes(Charset.forName("windows-1252"));
        SourceText t = read(bytes);
        assertThat(t.paragraphs().get(1).text()).isEqualTo("Le ministre a déclaré « oui ».");
        assertThat(t.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(2);
            assertThat(w.message()).contains("Windows-1252");
        });
    }

    @Test
    void linesOfOnlyWhitespaceAreBlankLikeTheSeedsLastLines() throws Exception {
        SourceText seed = read(Files.readAllBytes(Path.of("seeds/000_c3a0a43d85b2b77a.txt")));
        assertThat(seed.paragraphs()).hasSize(6);
        assertThat(seed.warnings()).isEmpty();
        SourceText t = read("a\n \t\u00A0\u202F\nb\n\t\t\n".getBytes(StandardCharsets.UTF_8));
        assertThat(t.paragraphs()).extracting(SourceParagraph::text).containsExactly("a", "b");
    }

    @Test
    void normalisesToNfc() {
        SourceText t = read("Le ministre a de\u0301clare\u0301.".getBytes(StandardCharsets.UTF_8));
        assertThat(t.paragraphs().get(0).text()).isEqualTo("Le ministre a déclaré.");
    }

    @Test
    void reportsBinaryEmptyAndBlankFiles() {
        assertThat(read(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1}).warnings())
                .singleElement().satisfies(w -> assertThat(w.message()).contains("binary"));
        assertThat(read(new byte[0]).warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("empty"));
        SourceText blank = read(" \n\t\n".getBytes(StandardCharsets.UTF_8));
        assertThat(blank.paragraphs()).isEmpty();
        assertThat(blank.warnings()).extracting(w -> w.message()).anyMatch(m -> m.contains("only whitespace"));
    }

    @Test
    void languageSuffixOfTheFileName() {
        assertThat(SourceNames.of("2025-x.en.md")).isEqualTo(new SourceNames("2025-x", "en", "md"));
        assertThat(SourceNames.of("000_c3a0a43d85b2b77a.txt")).isEqualTo(new SourceNames("000_c3a0a43d85b2b77a", null, "txt"));
        assertThat(SourceNames.of("rapport.final.txt").lang()).isNull();
        assertThat(List.of("a.txt", "b.MD", "c.html", ".hidden.txt")).filteredOn(SourceScanner::isRelease)
                .containsExactly("a.txt", "b.MD");
    }
}
