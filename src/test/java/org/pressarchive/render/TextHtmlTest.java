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
import org.pressarchive.render.view.Bilingual;
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
    static MessageBundles messages;

    @BeforeAll
    static void engine() throws Exception {
        // A theme folder with one extra template that inserts the default theme's fragment.
        Files.writeString(theme.resolve("probe.html"), "<th:block th:each=\"p : ${paragraphs}\">"
                + "<p th:insert=\"~{text.html :: segments(${p})}\"></p>\n</th:block>", StandardCharsets.UTF_8);
        Files.writeString(theme.resolve("blocks.html"), "[<th:block th:insert=\"~{text.html :: paragraphs(${r})}\"></th:block>]",
                StandardCharsets.UTF_8);
        Files.writeString(theme.resolve("pairs.html"), "[<th:block th:insert=\"~{text.html :: pairs(${b})}\"></th:block>]",
                StandardCharsets.UTF_8);
        ThemeFiles files = new ThemeFiles(theme);
        messages = new MessageBundles(files, List.of("fr", "en"));
        renderer = new TemplateRenderer(files, messages);
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

    static String label(String lang, int number) {
        return messages.require(lang, "release.permalink", number);
    }

    static String render(String template, String lang, String name, Object value) {
        return new String(renderer.render(template, lang, Map.of(name, value)), StandardCharsets.UTF_8);
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
        return new ParagraphView("p1", 1, List.of(segments), label("fr", 1));
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
            paragraphs.add(new ParagraphView("p" + n, n + 1, segments, label("fr", n + 1)));
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

    static ParagraphView numbered(String id, int number, String lang, String text) {
        return new ParagraphView(id, number, List.of(new SegmentView(id + "-g1", "Wang Yi", "statement", "déclaration",
                "c3", false, List.of(new SentenceView(id + "-s1", "statement", List.of(plain(text)))))),
                label(lang, number));
    }

    @Test
    void paragraphBlocksMatchTheTemplateWithTheirPermalinks() {
        for (String lang : List.of("fr", "en")) {
            for (int n = 0; n <= 3; n++) {
                List<ParagraphView> paragraphs = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    paragraphs.add(numbered("p" + i, i, lang, "Texte " + i + " " + SPECIAL));
                }
                assertThat("[" + TextHtml.paragraphs(paragraphs) + "]")
                        .isEqualTo(render("blocks.html", lang, "r", Map.of("paragraphs", paragraphs)));
            }
        }
        assertThat(TextHtml.paragraphs(List.of(numbered("p1", 1, "fr", "Un."), numbered("p2", 2, "fr", "Deux."))))
                .isEqualTo("<div class=\"para\" id=\"p1\">\n      <a class=\"permalink\" href=\"#p1\" "
                        + "title=\"Lien permanent vers le paragraphe 1\" aria-label=\"Lien permanent vers le paragraphe 1\">¶</a>\n"
                        + "      <p><span class=\"seg statement c3\"><span class=\"who\"><b>Wang Yi</b> <i class=\"kind\">"
                        + "déclaration</i></span><span class=\"s\" id=\"p1-s1\">Un.</span></span></p>\n    </div>\n    "
                        + "<div class=\"para\" id=\"p2\">\n      <a class=\"permalink\" href=\"#p2\" "
                        + "title=\"Lien permanent vers le paragraphe 2\" aria-label=\"Lien permanent vers le paragraphe 2\">¶</a>\n"
                        + "      <p><span class=\"seg statement c3\"><span class=\"who\"><b>Wang Yi</b> <i class=\"kind\">"
                        + "déclaration</i></span><span class=\"s\" id=\"p2-s1\">Deux.</span></span></p>\n    </div>");
    }

    @Test
    void bilingualPairsMatchTheTemplateWithEitherSideMissing() {
        for (String lang : List.of("fr", "en")) {
            List<Bilingual.Pair> pairs = new ArrayList<>();
            pairs.add(new Bilingual.Pair("p1", 1, numbered("o-p1", 1, lang, "Original " + SPECIAL),
                    numbered("p1", 1, lang, "Translation " + SPECIAL), label(lang, 1)));
            pairs.add(new Bilingual.Pair("p2", 2, numbered("p2", 2, lang, "Original seul"),
                    numbered("t-p2", 2, lang, "Non aligné"), label(lang, 2)));
            pairs.add(new Bilingual.Pair("p3", 3, numbered("p3", 3, lang, "Sans traduction"), null, label(lang, 3)));
            pairs.add(new Bilingual.Pair("p4", 4, null, numbered("p4", 4, lang, "Sans original"), label(lang, 4)));
            for (int n = 0; n <= pairs.size(); n++) {
                Bilingual b = new Bilingual("fr", "en", pairs.subList(0, n));
                assertThat("[" + b.html() + "]").isEqualTo(render("pairs.html", lang, "b", b));
            }
        }
        Bilingual b = new Bilingual("fr", "en", List.of(new Bilingual.Pair("p3", 3, numbered("p3", 3, "en", "Seul."),
                null, label("en", 3))));
        assertThat(b.html()).contains("<div class=\"orig\" lang=\"fr\"><p><span class=\"seg statement c3\">")
                .endsWith("</span></span></p></div>\n      <div class=\"tr\" lang=\"en\"></div>\n    </div>");
    }
}
