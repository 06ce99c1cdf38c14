package org.pressarchive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sentence rules of ATTRIBUTION.md, one case each; {@code |} separates expected sentences. */
class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "M. Dupont est arrivé. Il parle.# M. Dupont est arrivé.|Il parle.",
        "MM. Li et Wang. Mme. Dupont aussi.# MM. Li et Wang.|Mme. Dupont aussi.",
        "Mlle. Roy et Dr. Kim. St. Pierre.# Mlle. Roy et Dr. Kim.|St. Pierre.",
        "S.E. Ahmed Benali est là. Il parle.# S.E. Ahmed Benali est là.|Il parle.",
        "J. Dupont et le P.C.C. sont là. Fin# J. Dupont et le P.C.C. sont là.|Fin",
        "1. Les deux parties conviennent. Elles signent.# 1. Les deux parties conviennent.|Elles signent.",
        "Il a dit : oui. Elle a dit ; non.# Il a dit : oui.|Elle a dit ; non.",
        "« Nous agirons. Nous vaincrons. » Il part.# « Nous agirons.|Nous vaincrons. »|Il part.",
        "Il a dit « oui. » Puis il part.# Il a dit « oui. »|Puis il part.",
        "Vraiment ? Oui ! Bien… (…) Fin.# Vraiment ?|Oui !|Bien…|(…)|Fin.",
        "Il a lu l'art. 5. Puis (voir note). [Note] fin.# Il a lu l'art. 5.|Puis (voir note).|[Note] fin.",
        "Le chiffre 3. et plus. « Bien. »# Le chiffre 3. et plus.|« Bien. »",
        "Le PIB a crû de 2,5 %. 2025 sera meilleure.# Le PIB a crû de 2,5 %.|2025 sera meilleure.",
        "Q : Pourquoi ? R : Parce que.# Q : Pourquoi ?|R : Parce que.",
    })
    void splits(String text, String expected) {
        List<String> sentences = splitter.split(text).stream().map(s -> s.of(text)).toList();
        assertThat(sentences).containsExactly(expected.strip().split("\\|"));
    }
}
