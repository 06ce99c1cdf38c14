package org.pressarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pressarchive.model.InlineMark;
import org.pressarchive.model.SourceText;

class MarkdownReaderTest {
    private final SourceReader reader = SourceReader.standard();

    private SourceText md(String text) {
        return reader.read("in/x.md", "x.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsFrontMatterKeys() {
        SourceText t = md("""
                ---
                title: Entretien
                date: 2025-10-28
                location: Beijing
                lang: fr
                source: https://example.org/a
                tags: [Asie, diplomatie]
                speaker: Wang Yi
                participants:
                  - name: Wang Yi
                    role: ministre des Affaires étrangères
                    country: Chine
                  - Yermek Kosherbayev
                ---
                Premier paragraphe
                sur deux lignes.

                Second paragraphe.
                """);
        assertThat(t.warnings()).isEmpty();
        var fm = t.frontMatter();
        assertThat(fm.title()).isEqualTo("Entretien");
        assertThat(fm.date()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(fm.location()).isEqualTo("Beijing");
        assertThat(fm.source()).isEqualTo("https://example.org/a");
        assertThat(fm.tags()).containsExactly("Asie", "diplomatie");
        assertThat(fm.speaker()).isEqualTo("Wang Yi");
        assertThat(fm.participants()).extracting(p -> p.id() + "|" + p.country())
                .containsExactly("wang-yi|Chine", "yermek-kosherbayev|null");
        assertThat(t.paragraphs()).extracting(p -> p.line() + ":" + p.text())
                .containsExactly("15:Premier paragraphe sur deux lignes.", "18:Second paragraphe.");
    }

    @Test
    void unknownKeyAndBadDateAreWarningsNamingTheLine() {
        SourceText t = md("---\ntitle: A\ndate: 2025-13-45\ncolour: blue\n---\nTexte.\n");
        assertThat(t.warnings()).extracting(w -> w.line() + ":" + w.message())
                .anySatisfy(s -> assertThat(s).startsWith("3:").contains("2025-13-45"))
                .anySatisfy(s -> assertThat(s).startsWith("4:").contains("colour"));
        assertThat(t.frontMatter().title()).isEqualTo("A");
        assertThat(t.frontMatter().date()).isNull();
        assertThat(t.paragraphs()).hasSize(1);
    }

    @Test
    void keepsEmphasisAndSafeLinksAsMarks() {
        SourceText t = md("Le *ministre* a cité **le texte** et [la source](https://example.org/x).\n");
        var p = t.paragraphs().get(0);
        assertThat(p.text()).isEqualTo("Le ministre a cité le texte et la source.");
        assertThat(p.marks()).extracting(InlineMark::type).containsExactly(InlineMark.Type.EMPHASIS,
                InlineMark.Type.STRONG, InlineMark.Type.LINK);
        InlineMark link = p.marks().get(2);
        assertThat(p.text().substring(link.start(), link.end())).isEqualTo("la source");
        assertThat(link.href()).isEqualTo("https://example.org/x");
    }

    @Test
    void dropsJavascriptAndDataLinksAndKeepsRawHtmlAsText() {
        SourceText t = md("Voir [ici](javascript:alert(1)) et [là](DATA:text/html;base64,xx) <script>alert(1)</script>.\n");
        var p = t.paragraphs().get(0);
        assertThat(p.marks()).isEmpty();
        assertThat(p.text()).contains("<script>alert(1)</script>");
        assertThat(MarkdownReader.isSafeUrl(" java\tscript:alert(1)")).isFalse();
        assertThat(MarkdownReader.isSafeUrl("../a.html#p1")).isTrue();
        assertThat(MarkdownReader.isSafeUrl("mailto:a@b.c")).isTrue();
    }

    @Test
    void firstHeadingIsTheTitleWhenFrontMatterHasNone() {
        SourceText t = md("# Communiqué conjoint\n\nTexte.\n");
        assertThat(t.frontMatter().title()).isEqualTo("Communiqué conjoint");
        assertThat(t.paragraphs()).hasSize(1);
    }
}
