package org.pressarchive.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.build.BuildListener;
import org.pressarchive.build.BuildOptions;
import org.pressarchive.build.BuildReport;
import org.pressarchive.build.SiteGenerator;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.parse.FrenchReleaseParser;

/** A release with an English translation and one without, built into both language trees. */
class BilingualSiteTest {
    @TempDir
    Path tmp;
    Path out;
    BuildReport report;

    @BeforeEach
    void build() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("entretien.md"), """
                ---
                title: Entretien des ministres
                date: 2025-03-12
                ---
                Le 12 mars 2025, la ministre a reçu son homologue.

                Elle a déclaré que la coopération progressait. Elle a ajouté que le dialogue continuerait.
                """);
        Files.writeString(in.resolve("entretien.en.md"), """
                ---
                title: The ministers meet
                ---
                On 12 March 2025, the minister received her counterpart.

                She said that cooperation was progressing. She added that the dialogue would continue.
                """);
        Files.writeString(in.resolve("appel.txt"), "Le 3 avril 2025, un appel téléphonique a eu lieu.\n");
        Files.writeString(in.resolve("appel.en.txt"), "First paragraph.\nAn extra paragraph.\n");
        Files.writeString(in.resolve("seul.txt"), "Un communiqué sans traduction.\n");
        out = tmp.resolve("out");
        report = new SiteGenerator(FrenchReleaseParser.standard(), SourceReader.standard(),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), SiteGenerator.standardOutputs())
                .build(BuildOptions.of(in, out), BuildListener.NONE);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyLinkOfBothLanguageTreesResolves() throws IOException {
        org.pressarchive.testing.LinkCheck.assertClean(out);
    }

    @Test
    void translationsAreNotReleasesOfTheirOwn() {
        assertThat(report.releases()).isEqualTo(3);
        assertThat(out.resolve("communiques/2025-03-12-entretien-des-ministres.html")).exists();
    }

    @Test
    void theEnglishPageShowsBothTextsAlignedWithSharedPermalinks() throws IOException {
        Document en = page("en/communiques/2025-03-12-entretien-des-ministres.html");
        assertThat(en.select("h1").text()).isEqualTo("The ministers meet");
        assertThat(en.select(".view-switch a").eachAttr("href"))
                .containsExactly("#view-original", "#view-translation", "#view-both");
        assertThat(en.select(".pair").eachAttr("id")).containsExactly("p1", "p2");
        assertThat(en.select(".pair .orig").eachAttr("lang")).containsOnly("fr");
        assertThat(en.select(".pair .tr").eachAttr("lang")).containsOnly("en");
        assertThat(en.select("#p2 .tr").text()).contains("She said that cooperation was progressing.");
        assertThat(en.select("#p2 .orig").text()).contains("Elle a déclaré");
        assertThat(en.getElementById("p2-s1")).isNotNull();
        assertThat(en.getElementById("o-p2-s1")).isNotNull();
        assertThat(en.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(en.select(".notice")).isEmpty();
    }

    @Test
    void theFrenchPageShowsTheOriginalAndLinksToTheTranslation() throws IOException {
        Document fr = page("communiques/2025-03-12-entretien-des-ministres.html");
        assertThat(fr.select(".bilingual")).isEmpty();
        assertThat(fr.select(".release-text").attr("lang")).isEqualTo("fr");
        assertThat(fr.select(".other-langs a").attr("href"))
                .isEqualTo("../en/communiques/2025-03-12-entretien-des-ministres.html");
    }

    @Test
    void anUntranslatedReleaseSaysSoOnTheEnglishPage() throws IOException {
        Document en = page("en/communiques/un-communique-sans-traduction.html");
        assertThat(en.select(".notice").text()).contains("not been translated");
        assertThat(en.select(".release-text").attr("lang")).isEqualTo("fr");
        assertThat(en.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void aParagraphCountMismatchIsAWarningNamingBothCounts() {
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).endsWith("appel.en.txt");
            assertThat(p.message()).contains("2 paragraphs").contains("has 1");
        });
    }

    @Test
    void theCoveragePageCountsTranslationsAndListsWhatIsMissing() throws IOException {
        Document fr = page("traductions.html");
        assertThat(fr.select("tbody tr").text()).contains("anglais").contains("2").contains("66,7");
        assertThat(fr.select(".release-list a").eachText()).containsExactly("Un communiqué sans traduction.");
        Document en = page("en/translations.html");
        assertThat(en.select("tbody tr").text()).contains("English").contains("66.7%");
    }

    @Test
    void listsShowWhichLanguagesEachReleaseHas() throws IOException {
        Document home = page("en/index.html");
        assertThat(home.select(".release-list li:has(a[href$=2025-03-12-entretien-des-ministres.html]) .langs abbr")
                .eachText()).containsExactly("FR", "EN");
        assertThat(home.select(".release-list a[href$=2025-03-12-entretien-des-ministres.html]").attr("lang"))
                .isEqualTo("en");
    }

    @Test
    void everyPageHasALanguageSwitcherToTheSamePage() throws IOException {
        for (String path : new String[] {"index.html", "archives/index.html", "intervenants/index.html",
                "pays/index.html", "themes/index.html", "traductions.html", "404.html",
                "communiques/2025-03-12-entretien-des-ministres.html"}) {
            Document fr = page(path);
            String href = fr.select(".lang-switch a[hreflang=en]").attr("href");
            assertThat(href).as(path).isNotEmpty();
            Path target = out.resolve(path).getParent().resolve(href).normalize();
            assertThat(target).as(path).exists();
            assertThat(Jsoup.parse(target.toFile(), "UTF-8").select("html").attr("lang")).isEqualTo("en");
        }
    }
}
