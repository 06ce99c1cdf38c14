package org.pressarchive.site;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pressarchive.model.Release;
import org.pressarchive.testing.ReleaseBuilder;
import org.pressarchive.testing.SeedFixture;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerIndexTest {
    @Test
    void collectsStatementsRolesAndCountryOfEachParticipant() {
        Release older = ReleaseBuilder.release("2020-01-01-a").date(2020, 1, 1)
                .participant("wang-yi", "Wang Yi", "conseiller d’État", "Chine")
                .participant("eric-ecuyer", "Éric Écuyer", "ministre", "France")
                .paragraph(p -> p.statement("Les deux ont dit.", "wang-yi", "eric-ecuyer").action("Q : Et alors ?", "journalist"))
                .build();
        SiteIndex index = SiteIndex.of(List.of(SeedFixture.release(), older));
        SpeakerIndex speakers = index.speakers();
        assertThat(speakers.speakers()).extracting(SpeakerIndex.Speaker::name)
                .containsExactly("Éric Écuyer", "Wang Yi", "Yermek Kosherbayev");
        SpeakerIndex.Speaker wang = speakers.byId("wang-yi").orElseThrow();
        assertThat(wang.roles()).containsExactly("conseiller d’État",
                "membre du Bureau politique du Comité central du Parti communiste chinois et ministre des Affaires étrangères");
        assertThat(wang.country()).isEqualTo("Chine");
        assertThat(wang.releases()).extracting(Release::id).containsExactly(SeedFixture.ID, "2020-01-01-a");
        assertThat(wang.statements()).extracting(s -> s.release().id() + "#" + s.anchor() + (s.joint() ? " joint" : ""))
                .containsExactly(SeedFixture.ID + "#p2-s2", SeedFixture.ID + "#p3-s1", SeedFixture.ID + "#p4-s2",
                        "2020-01-01-a#p1-s1 joint");
        assertThat(speakers.byId("eric-ecuyer").orElseThrow().statements()).hasSize(1);
        assertThat(speakers.byId("journalist")).isEmpty();
        assertThat(wang.statements().get(2).text()).startsWith("Il a souligné").endsWith("pour l’humanité.");
    }

    @Test
    void countriesAndDatesAreIndexedOnce() {
        Release undated = ReleaseBuilder.release("sans-date").participant("x", "X", null, "Émirats arabes unis")
                .narration("Sans date.").build();
        SiteIndex index = SiteIndex.of(List.of(SeedFixture.release(), undated));
        assertThat(index.countries().countries()).extracting(CountryIndex.Country::name)
                .containsExactly("Chine", "Émirats arabes unis", "Kazakhstan");
        assertThat(index.countries().byName("Chine").orElseThrow().slug()).isEqualTo("chine");
        assertThat(index.dates().years()).singleElement().satisfies(y -> {
            assertThat(y.year()).isEqualTo(2025);
            assertThat(y.count()).isEqualTo(1);
            assertThat(y.months()).extracting(DateArchive.Month::month).containsExactly(10);
        });
    }
}
