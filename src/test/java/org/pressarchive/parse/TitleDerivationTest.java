package org.pressarchive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pressarchive.model.Release;

class TitleDerivationTest {
    private final ReleaseParser parser = FrenchReleaseParser.standard();

    @Test
    void aPhoneCallIsTitledAsSuchWithTheTextsApostrophe() {
        Release r = parser.parse("x.txt", "Le 3 mai 2024, le ministre des Affaires étrangères Wang Yi s’est entretenu "
                + "au téléphone avec la ministre française de l’Europe et des Affaires étrangères, Catherine Colonna.\n"
                + "Wang Yi a déclaré que la Chine était prête à coopérer.\n");
        assertThat(r.title()).isEqualTo("Wang Yi s’entretient au téléphone avec Catherine Colonna");
        assertThat(r.id()).isEqualTo("2024-05-03-wang-yi-catherine-colonna");
    }

    @Test
    void aMeetingWithStraightApostrophesKeepsThem() {
        Release r = parser.parse("x.txt", "Le 12 mars 2025, M. Jean Dupont, ministre des Affaires étrangères, s'est "
                + "entretenu à Paris avec son homologue japonais, M. Kenji Tanaka.\n");
        assertThat(r.title()).isEqualTo("Jean Dupont s'entretient avec Kenji Tanaka");
    }
}
