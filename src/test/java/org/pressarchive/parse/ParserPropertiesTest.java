package org.pressarchive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pressarchive.model.Kind;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Release;
import org.pressarchive.model.Sentence;
import org.pressarchive.model.SourceParagraph;
import org.pressarchive.model.SourceText;
import org.pressarchive.model.Whitespace;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the parse model over arbitrary and French-like input: lossless, never throws. */
class ParserPropertiesTest {

    private static final FrenchReleaseParser PARSER = FrenchReleaseParser.standard();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    @Property(tries = 200)
    void splitterIsLosslessOnAnyString(@ForAll String text) {
        assertLossless(text, SPLITTER.split(text));
    }

    @Property(tries = 200)
    void splitterIsLosslessOnFrenchLikeParagraphs(@ForAll("frenchParagraphs") String text) {
        assertLossless(text, SPLITTER.split(text));
    }

    @Property(tries = 60)
    void parserNeverThrowsAndKeepsItsInvariants(@ForAll("frenchParagraphs") String a, @ForAll String b) {
        Release r = PARSER.parse(SourceText.ofPlainText("p/x.txt", a + "\n" + b + "\n" + a));
        assertInvariants(r);
    }

    @Property(tries = 60)
    void parserNeverThrowsOnArbitraryParagraphs(@ForAll String text) {
        SourceText source = new SourceText("p/x.txt", "x", null, List.of(SourceParagraph.plain(1, text)),
                org.pressarchive.model.FrontMatter.empty(), List.of(), "");
        assertInvariants(PARSER.parse(source));
    }

    @Test
    void emptyAndOddInputsParse() {
        for (String text : List.of("", " ", "\u00A0\t", ".", "…", "M.", "« »", "\uD800", "a\u0000b. C\uDC00.", "1. ", "Q :",
                "R : .", "(...)")) {
            SourceText source = new SourceText("p/x.txt", "x", null, List.of(SourceParagraph.plain(1, text)),
                    org.pressarchive.model.FrontMatter.empty(), List.of(), "");
            assertInvariants(PARSER.parse(source));
        }
        assertInvariants(PARSER.parse("p/empty.txt", ""));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oneMegabyteParagraphParses() {
        String unit = "M. Dupont a déclaré que la France, etc. était prête à agir. ";
        String text = unit.repeat(1_000_000 / unit.length());
        assertInvariants(PARSER.parse("p/big.txt", text));
        String noSpaces = "a.".repeat(500_000);
        assertInvariants(PARSER.parse("p/dots.txt", noSpaces));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tenThousandShortLinesParse() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append(i % 3 == 0 ? "Q : Pourquoi ?" : i % 3 == 1 ? "R : Il a dit non. Elle a dit oui." : "Fin").append('\n');
        }
        Release r = PARSER.parse("p/lines.txt", sb.toString());
        assertThat(r.paragraphs()).hasSize(10_000);
        assertInvariants(r);
    }

    @Provide
    Arbitrary<String> frenchParagraphs() {
        Arbitrary<String> pieces = Arbitraries.of("M.", "Mme", "Wang Yi", "Il", "Elle", "a déclaré", "que", "la Chine",
                "« Nous", "agirons. »", "etc.", "1.", "P.C.C.", "J.", "art.", "(...)", "Fin", ":", ";", "?", "!", "…",
                "le 28 octobre 2025,", "BEIJING,", "29 août", "(Xinhua) --", "Les deux parties", "ont salué", "La partie",
                "kazakhe", "a-t-il ajouté.", ",", ".", " ", "\u00A0", "Q :", "R :", "Selon lui,", "S.E.", "»", "«");
        return pieces.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    private static void assertInvariants(Release r) {
        for (Paragraph p : r.paragraphs()) {
            assertLossless(p.text(), p.sentences().stream().map(s -> new Span(s.start(), s.end())).toList());
            for (Sentence s : p.sentences()) {
                assertThat(s.text()).isEqualTo(p.text().substring(s.start(), s.end()));
                assertThat(s.speakers().isEmpty()).isEqualTo(s.kind() == Kind.NARRATION);
            }
            assertThat(p.segments().stream().mapToInt(g -> g.sentences().size()).sum()).isEqualTo(p.sentences().size());
        }
    }

    private static void assertLossless(String text, List<Span> spans) {
        StringBuilder rebuilt = new StringBuilder();
        int at = 0;
        for (Span s : spans) {
            assertThat(s.start()).isGreaterThanOrEqualTo(at);
            String gap = text.substring(at, s.start());
            assertThat(Whitespace.isBlank(gap)).as("gap %s", gap).isTrue();
            String sentence = s.of(text);
            assertThat(sentence).isNotEmpty();
            assertThat(Whitespace.isSpace(sentence.charAt(0))).isFalse();
            assertThat(Whitespace.isSpace(sentence.charAt(sentence.length() - 1))).isFalse();
            rebuilt.append(gap).append(sentence);
            at = s.end();
        }
        String tail = text.substring(at);
        assertThat(Whitespace.isBlank(tail)).as("tail %s", tail).isTrue();
        assertThat(rebuilt.append(tail).toString()).isEqualTo(text);
    }
}
