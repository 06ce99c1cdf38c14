package org.pressarchive.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.render.view.ParagraphView;
import org.pressarchive.render.view.Piece;
import org.pressarchive.render.view.SegmentView;
import org.pressarchive.render.view.SentenceView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextHtml} writes the same bytes as the template fragment {@code text.html :: segments(p)}
 * that it replaces on release pages, rendered by the real engine, for every kind of content:
 * markup characters in text, ids and links, inline marks and their combinations, joint voices,
 * blank labels.
 */
class TextHtmlTest {
    static final String SPECIAL = "& < > \" ' &amp; &#39; </span><script>alert('x')</script> \"><img src=x onerror=alert(1)>";

    @TempDir
    static Path theme;
    static TemplateRenderer renderer;

    @BeforeAll
    static void engine() throws Exception {
        // A theme folder with one extra template that inserts the default theme's fragment.
        Files.writeString(theme.resolve("probe.html"), "<th:block th:each=\"p : ${paragraphs}\">"
                + "<p th:insert=\"~{text.html :: segments(${p})}\"></p>\n</th:block>", StandardCharsets.UTF_8);
        ThemeFiles files = new ThemeFiles(theme);
        renderer = new TemplateRenderer(files, new MessageBundles(files, List.of("fr", "en")));
    }

    /** What the template fragment gives for each paragraph, one {@code <p>} per line. */
    static String template(List<ParagraphView> paragraphs) {
        return new String(renderer.render("probe.html", "fr", Map.of("paragraphs", paragraphs)), StandardCharsets.UTF_8);
    }

    static String code(List<ParagraphView> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (ParagraphView p : paragraphs) {
            sb.append("<p>").append(p.html()).append("</p>\n");
        }
        return sb.toString();
    }

    static void assertSameAsTemplate(ParagraphView... paragraphs) {
        List<ParagraphView> list = List.of(paragraphs);
        assertThat(code(list)).isEqualTo(template(list));
    }

    static Piece plain(String text) {
        return new Piece(text, false, false, false, null);
    }

    static SentenceView sentence(String id, Piece... pieces) {
        return new SentenceView(id, "statement", List.of(pieces));
    }

    static SegmentView segment(String label, String colour, SentenceView... sentences) {
        return new SegmentView("p1-g1", label, "statement", "déclaration", colour, false, List.of(sentences));
    }

    static ParagraphView paragraph(SegmentView... segments) {
        return new ParagraphView("p1", 1, List.of(segments));
    }

    @Test
    void escapesEveryMarkupCharacterInTextLabelsAndIds() {
        ParagraphView p = paragraph(new SegmentView("p1-g1", "Evil " + SPECIAL, "statement", "décl" + SPECIAL, "c1",
                false, List.of(sentence("p1-s1" + SPECIAL, plain("Texte " + SPECIAL + "."), plain(" fin")))));
        assertSameAsTemplate(p);
        assertThat(p.html()).doesNotContain("<script>").doesNotContain("<img")
                .contains("Texte &amp; &lt; &gt; &quot; &#39; &amp;amp; &amp;#39; &lt;/span&gt;")
                .contains("id=\"p1-s1&amp; &lt; &gt; &quot; &#39; ");
    }

    @Test
    void writesEveryOtherCharacterAsItIs() {
        assertSameAsTemplate(paragraph(segment("Élodie Écuyer", "c2",
                sentence("p1-s1", plain("« Guillemets » — l’apostrophe typographique, 1er, € 😀 \t tab\nligne\u00a0nbsp.")))));
    }

    @Test
    void linksKeepAmpersandsEscapedInHrefsAndCarryTheirMarks() {
        String href = "https://example.org/a?b=1&c=2&amp;d=\"'<x>";
        assertSameAsTemplate(paragraph(segment("Wang Yi", "c3", sentence("p1-s1",
                plain("Voir "), new Piece("ici", false, false, false, href), plain(", "),
                new Piece("là", true, false, false, href), plain(", "),
                new Piece("gras", false, true, false, href), plain(", "),
                new Piece("code", false, false, true, href), plain(", "),
                new Piece("tout", true, true, true, href), plain(".")))));
        assertThat(paragraph(segment("", "publisher", sentence("p1-s1", new Piece("x", false, false, false,
                "https://example.org/?a=1&b=2")))).html())
                .contains("<a href=\"https://example.org/?a=1&amp;b=2\" rel=\"nofollow noopener\">x</a>");
    }

    @Test
    void inlineMarksWithoutLinksInEveryCombination() {
        List<Piece> pieces = new ArrayList<>();
        for (int m = 1; m < 8; m++) {
            pieces.add(new Piece("m" + m + " <" + m + ">", (m & 1) != 0, (m & 2) != 0, (m & 4) != 0, null));
            pieces.add(plain(" & "));
        }
        assertSameAsTemplate(paragraph(segment("Wang Yi", "c1",
                new SentenceView("p1-s1", "statement", pieces))));
    }

    @Test
    void jointVoicesNarrationAndBlankLabels() {
        SegmentView joint = new SegmentView("p1-g1", "Wang Yi et Yermek Kosherbayev (voix commune)", "action", "acte",
                "joint", true, List.of(sentence("p1-s1", plain("Les deux parties ont échangé."))));
        SegmentView narration = new SegmentView("p1-g2", "", "narration", "narration", "publisher", false,
                List.of(sentence("p1-s2", plain("Le texte."))));
        SegmentView blank = new SegmentView("p1-g3", " \t", "narration", "narration", "publisher", false,
                List.of(sentence("p1-s3", plain("Blanc."))));
        SegmentView none = new SegmentView("p1-g4", null, "narration", null, "publisher", false,
                List.of(sentence("p1-s4", plain("Nul."))));
        SegmentView nbsp = new SegmentView("p1-g5", "\u00a0", "statement", null, "c4", false,
                List.of(sentence("p1-s5", plain("Insécable."))));
        assertSameAsTemplate(paragraph(joint, narration, blank, none, nbsp));
        assertThat(paragraph(joint).html()).isEqualTo("<span class=\"seg action joint\"><span class=\"who\">"
                + "<b>Wang Yi et Yermek Kosherbayev (voix commune)</b> <i class=\"kind\">acte</i></span>"
                + "<span class=\"s\" id=\"p1-s1\">Les deux parties ont échangé.</span></span>");
        assertThat(paragraph(narration).html()).isEqualTo(
                "<span class=\"seg narration publisher\"><span class=\"s\" id=\"p1-s2\">Le texte.</span></span>");
    }

    @Test
    void separatesSentencesAndSegmentsWithOneSpace() {
        assertSameAsTemplate(
                paragraph(segment("A", "c1", sentence("p1-s1", plain("Un.")), sentence("p1-s2", plain("Deux.")),
                        sentence("p1-s3", plain("Trois."))), segment("B", "c2", sentence("p1-s4", plain("Quatre.")))),
                paragraph(), paragraph(segment("A", "c1")), paragraph(segment("A", "c1", sentence("p1-s1"))),
                paragraph(segment("A", "c1", sentence("p1-s1", plain("")))));
    }

    @Test
    void emptyAndMissingValues() {
        assertSameAsTemplate(paragraph(segment("A", "c1", sentence(null, plain("sans id")),
                sentence("", plain("id vide")), sentence("p1-s3", new Piece("lien vide", false, false, false, "")),
                sentence("p1-s4", new Piece("", true, false, false, null), new Piece("", false, false, false, "x")))));
    }

    @Test
    void randomParagraphsMatchTheTemplate() {
        Random random = new Random(7);
        String[] alphabet = {"a", "é", " ", "&", "<", ">", "\"", "'", "’", "«", "»", "\u00a0", "😀", "&amp;", "\n", "."};
        List<ParagraphView> paragraphs = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            List<SegmentView> segments = new ArrayList<>();
            for (int g = 0; g < random.nextInt(4); g++) {
                List<SentenceView> sentences = new ArrayList<>();
                for (int s = 0; s < 1 + random.nextInt(3); s++) {
                    List<Piece> pieces = new ArrayList<>();
                    for (int x = 0; x < 1 + random.nextInt(4); x++) {
                        pieces.add(new Piece(text(random, alphabet), random.nextInt(4) == 0, random.nextInt(4) == 0,
                                random.nextInt(5) == 0, random.nextInt(4) == 0 ? "https://x.org/?" + text(random, alphabet) : null));
                    }
                    sentences.add(new SentenceView("p" + n + "-s" + s + text(random, alphabet), "statement", pieces));
                }
                segments.add(new SegmentView("g", random.nextBoolean() ? "" : text(random, alphabet),
                        random.nextBoolean() ? "statement" : "narration", text(random, alphabet),
                        "c" + random.nextInt(9), random.nextBoolean(), sentences));
            }
            paragraphs.add(new ParagraphView("p" + n, n + 1, segments));
        }
        assertThat(code(paragraphs)).isEqualTo(template(paragraphs));
    }

    static String text(Random random, String[] alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }
}
