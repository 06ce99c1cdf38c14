package org.pressarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FrenchAnalysisTest {
    private final FrenchAnalysis analysis = new FrenchAnalysis();

    private String n(String word) {
        return analysis.normalise(word);
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(n("coopération")).isEqualTo(n("cooperation")).isEqualTo(n("COOPÉRATION"));
        assertThat(n("étrangères")).isEqualTo(n("etrangeres"));
        assertThat(n("deuxième")).isEqualTo(n("deuxieme"));
        assertThat(n("Kazakhstan")).isEqualTo(n("kazakhstan"));
    }

    @Test
    void ligaturesFoldToTwoLetters() {
        assertThat(n("œuvrer")).isEqualTo(n("oeuvrer"));
        assertThat(n("Œuvre")).isEqualTo(n("oeuvre"));
        assertThat(n("cæcum")).isEqualTo(n("caecum"));
    }

    @Test
    void elisionsWithBothApostrophes() {
        assertThat(analysis.terms("l'amitié")).containsExactly(n("amitié"));
        assertThat(analysis.terms("l’amitié")).containsExactly(n("amitié"));
        assertThat(analysis.terms("d’une coopération")).containsExactly(n("coopération"));
        assertThat(analysis.terms("qu'elle")).isEmpty();
        assertThat(analysis.terms("L’Union jusqu’à")).containsExactly(n("union"));
    }

    @Test
    void pluralsAndLightStemming() {
        assertThat(n("coopérations")).isEqualTo(n("coopération"));
        assertThat(n("relations")).isEqualTo(n("relation"));
        assertThat(n("kazakhes")).isEqualTo(n("kazakhe"));
        assertThat(n("journaux")).isEqualTo(n("journal"));
        assertThat(n("économiques")).isEqualTo(n("économique"));
        assertThat(n("stratégiques")).isEqualTo(n("stratégique"));
        assertThat(n("mutuellement")).isEqualTo(n("mutuel"));
        assertThat(n("présidents")).isEqualTo(n("président"));
    }

    @Test
    void stopWordsAreDroppedButLeavePositionGaps() {
        assertThat(n("les")).isEmpty();
        assertThat(n("été")).isNotEmpty();
        List<FrenchAnalysis.Token> tokens = analysis.analyze("ministre des Affaires étrangères");
        assertThat(tokens).extracting(FrenchAnalysis.Token::position).containsExactly(0, 2, 3);
        assertThat(tokens.get(1).start()).isEqualTo("ministre des ".length());
    }

    @Test
    void hyphenatedWordsSplit() {
        assertThat(analysis.terms("relations sino-kazakhes"))
                .containsExactly(n("relation"), n("sino"), n("kazakhe"));
    }

    @Test
    void stopWordsAndElisionsAreFoldedAndSorted() {
        assertThat(analysis.stopWords()).contains("a", "etaient", "meme").isSorted().doesNotHaveDuplicates();
        assertThat(analysis.elisions()).contains("l", "d", "qu").isSorted();
    }

    @Test
    void narrowNoBreakSpaceSeparatesWords() {
        assertThat(analysis.terms("«\u202FChine\u202F»")).containsExactly(n("chine"));
        assertThat(analysis.analyzeWithLucene("«\u202FChine\u202F»")).isEqualTo(analysis.analyze("«\u202FChine\u202F»"));
    }

    /** The fast path and the Lucene chain agree, token for token, on real and on random text. */
    @Test
    void fastPathAgreesWithLucene() throws Exception {
        String seed = Files.readString(Path.of("seeds/000_c3a0a43d85b2b77a.txt"), StandardCharsets.UTF_8);
        assertThat(analysis.analyze(seed)).isEqualTo(analysis.analyzeWithLucene(seed)).isNotEmpty();
        String[] pieces = {"a", "e", "z", "A", "É", "é", "è", "ç", "œ", "Œ", "æ", "ß", "ñ", "ÿ", "ı", "İ", "ſ", "ŉ", "ª", "º",
                "µ", "ĸ", "0", "7", " ", "  ", "\n", "\t", "\u00A0", "\u202F", ".", "'", "’", "‘", ":", "·", ",", ";", "-",
                "!", "?", "\"", "«", "»", "–", "—", "…", "(", ")", "/", "%", "€", "°", "§", "×", "÷", "“", "”", "_", "\u00AD",
                "é", "\u0301", "Ω", "中", "\uD83D\uDE00", "l'", "L’", "qu'", "d'", "jusqu'", "les ", "de la ", "aujourd'hui",
                "coopération", "stratégiques", "1.000", "3,5", "G20", "a.b", "x·y", "journaux", "relations", "étaient"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(analysis.analyze(t)).as("[%s]", t).isEqualTo(analysis.analyzeWithLucene(t));
        }
        String longWord = "b".repeat(300) + " coopération";
        assertThat(analysis.analyze(longWord)).isEqualTo(analysis.analyzeWithLucene(longWord));
    }
}
