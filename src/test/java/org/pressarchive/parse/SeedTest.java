package org.pressarchive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressarchive.model.Kind;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.Sentence;

/** The public gold example, exactly as the last section of ATTRIBUTION.md annotates it. */
class SeedTest {

    private static Release release;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = SeedTest.class.getResourceAsStream("/fixtures/000_c3a0a43d85b2b77a.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            release = FrenchReleaseParser.standard().parse("seeds/000_c3a0a43d85b2b77a.txt", text);
        }
    }

    @Test
    void documentFields() {
        assertThat(release.id()).isEqualTo("2025-10-28-wang-yi-yermek-kosherbayev");
        assertThat(release.source()).isEqualTo("seeds/000_c3a0a43d85b2b77a.txt");
        assertThat(release.lang()).isEqualTo("fr");
        assertThat(release.date()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(release.location()).isEqualTo("Beijing");
        assertThat(release.warnings()).isEmpty();
        assertThat(release.participants()).containsExactly(
                new Participant("wang-yi", "Wang Yi", "ministre des Affaires étrangères", "Chine"),
                new Participant("yermek-kosherbayev", "Yermek Kosherbayev", "ministre des Affaires étrangères", "Kazakhstan"));
        assertThat(release.title()).isEqualTo("Wang Yi s’entretient avec Yermek Kosherbayev");
    }

    @Test
    void paragraphZeroIsOneNarrationSentence() {
        assertVoices(0, List.of(), Kind.NARRATION);
    }

    @Test
    void paragraphOneCongratulationThenStatements() {
        Paragraph p = release.paragraphs().get(1);
        assertThat(p.sentences()).hasSize(5);
        assertSentence(p.sentences().get(0), List.of("wang-yi"), Kind.ACTION);
        p.sentences().subList(1, 5).forEach(s -> assertSentence(s, List.of("wang-yi"), Kind.STATEMENT));
    }

    @Test
    void paragraphTwoAllStatementsOfWangYi() {
        Paragraph p = release.paragraphs().get(2);
        assertThat(p.sentences()).hasSize(4);
        p.sentences().forEach(s -> assertSentence(s, List.of("wang-yi"), Kind.STATEMENT));
    }

    @Test
    void paragraphThreeInformsThenStatements() {
        Paragraph p = release.paragraphs().get(3);
        assertThat(p.sentences()).hasSize(3);
        assertSentence(p.sentences().get(0), List.of("wang-yi"), Kind.ACTION);
        p.sentences().subList(1, 3).forEach(s -> assertSentence(s, List.of("wang-yi"), Kind.STATEMENT));
    }

    @Test
    void paragraphFourIsKosherbayevIncludingHisSide() {
        Paragraph p = release.paragraphs().get(4);
        assertThat(p.sentences()).hasSize(8);
        assertSentence(p.sentences().get(0), List.of("yermek-kosherbayev"), Kind.ACTION);
        p.sentences().subList(1, 8).forEach(s -> assertSentence(s, List.of("yermek-kosherbayev"), Kind.STATEMENT));
        assertThat(p.sentences().get(4).text()).startsWith("La partie kazakhe a remercié");
    }

    @Test
    void paragraphFiveIsAJointAction() {
        assertVoices(5, List.of("wang-yi", "yermek-kosherbayev"), Kind.ACTION);
        assertThat(release.paragraphs().get(5).segments()).hasSize(1);
    }

    @Test
    void segmentsGroupRunsOfOneVoice() {
        Paragraph p = release.paragraphs().get(1);
        assertThat(p.segments()).hasSize(2);
        assertThat(p.segments().get(0).sentences()).containsExactly("p2-s1");
        assertThat(p.segments().get(1).sentences()).containsExactly("p2-s2", "p2-s3", "p2-s4", "p2-s5");
    }

    private static void assertVoices(int paragraph, List<String> speakers, Kind kind) {
        release.paragraphs().get(paragraph).sentences().forEach(s -> assertSentence(s, speakers, kind));
    }

    private static void assertSentence(Sentence s, List<String> speakers, Kind kind) {
        assertThat(s.speakers()).as(s.id() + " speakers: " + s.text()).isEqualTo(speakers);
        assertThat(s.kind()).as(s.id() + " kind: " + s.text()).isEqualTo(kind);
    }
}
