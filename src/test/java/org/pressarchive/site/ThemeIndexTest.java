package org.pressarchive.site;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pressarchive.model.Release;
import org.pressarchive.testing.ReleaseBuilder;
import org.pressarchive.testing.SeedFixture;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeIndexTest {
    static ThemeIndex index(Release... releases) {
        return ThemeIndex.of(List.of(releases), ThemeCatalog.standard());
    }

    @Test
    void findsTheOrganisationsAndInitiativesOfTheSeed() {
        ThemeIndex themes = index(SeedFixture.release());
        assertThat(themes.themes()).extracting(ThemeIndex.Theme::name).containsExactly(
                "Forum de Boao pour l’Asie", "Initiative « la Ceinture et la Route »",
                "Organisation de coopération de Shanghai", "Organisation des Nations unies",
                "Organisation internationale de médiation", "Parti communiste chinois");
        ThemeIndex.Theme ocs = themes.bySlug("ocs").orElseThrow();
        assertThat(ocs.acronym()).isEqualTo("OCS");
        assertThat(ocs.mentions()).singleElement().satisfies(m ->
                assertThat(m.paragraphs()).extracting(p -> p.id()).containsExactly("p3", "p5"));
        ThemeIndex.Theme pcc = themes.bySlug("pcc").orElseThrow();
        assertThat(pcc.mentions().get(0).paragraphs()).as("full name and bare acronym uses count")
                .extracting(p -> p.id()).containsExactly("p1", "p4", "p5");
        assertThat(themes.bySlug("oimed").orElseThrow().name()).isEqualTo("Organisation internationale de médiation");
    }

    @Test
    void nameBeforeAnAcronymStartsAtTheWordWithItsInitial() {
        assertThat(ThemeIndex.nameBefore("dans des cadres tels que l’Organisation de coopération de Shanghai ", "OCS"))
                .isEqualTo("Organisation de coopération de Shanghai");
        assertThat(ThemeIndex.nameBefore("du quatrième plénum du XXe Comité central du Parti communiste chinois ", "PCC"))
                .isEqualTo("Parti communiste chinois");
        assertThat(ThemeIndex.nameBefore("avec l’Association des nations de l’Asie du Sud-Est ", "ASEAN"))
                .isEqualTo("Association des nations de l’Asie du Sud-Est");
        assertThat(ThemeIndex.nameBefore("la Chine, et le reste ", "ONU")).isNull();
        assertThat(ThemeIndex.nameBefore("", "ONU")).isNull();
    }

    @Test
    void catalogEntriesAreFoundByNameAliasOrAcronymAsWholeWords() {
        Release r = ReleaseBuilder.release("r").date(2024, 1, 1)
                .narration("Dans le cadre des Nations Unies et de l’OMC.")
                .narration("Le BRICSIEN n’existe pas, mais le G20 oui.")
                .narration("Rien ici : UEFA, OMCX.").build();
        ThemeIndex themes = index(r);
        assertThat(themes.themes()).extracting(ThemeIndex.Theme::slug).containsExactlyInAnyOrder("onu", "omc", "g20");
    }

    @Test
    void releasesAreListedNewestFirstOncePerRelease() {
        Release a = ReleaseBuilder.release("a").date(2024, 1, 1).narration("L’OCS et encore l’OCS.").build();
        Release b = ReleaseBuilder.release("b").date(2025, 1, 1).narration("L’OCS.").narration("L’OCS encore.").build();
        ThemeIndex.Theme ocs = index(b, a).bySlug("ocs").orElseThrow();
        assertThat(ocs.mentions()).extracting(m -> m.release().id()).containsExactly("b", "a");
        assertThat(ocs.mentions().get(0).paragraphs()).hasSize(2);
        assertThat(ocs.mentions().get(1).paragraphs()).hasSize(1);
    }
}
