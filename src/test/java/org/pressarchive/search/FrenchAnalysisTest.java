package org.pressarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
}
