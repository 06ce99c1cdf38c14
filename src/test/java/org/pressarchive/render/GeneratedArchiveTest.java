package org.pressarchive.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.model.Slugs;
import org.pressarchive.testing.GeneratedArchive;
import org.pressarchive.testing.LinkCheck;
import org.pressarchive.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** An archive of 50 generated releases: every index lists exactly what it should. */
class GeneratedArchiveTest {
    static final int N = 50;
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = SiteFixture.build(tmp, GeneratedArchive.releases(N), "https://example.org/");
        LinkCheck.assertClean(site);
    }

    static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    /** Release ids linked from the release list of a page. */
    static Set<String> releaseIds(Document d, String selector) {
        Set<String> ids = new TreeSet<>();
        d.select(selector).forEach(a -> {
            String href = a.attr("href");
            ids.add(href.substring(href.lastIndexOf('/') + 1, href.indexOf(".html")));
        });
        return ids;
    }

    @Test
    void archivesListEveryYearMonthAndRelease() throws Exception {
        Map<Integer, Set<String>> byYear = new TreeMap<>();
        Map<String, Set<String>> byMonth = new TreeMap<>();
        for (int i = 0; i < N; i++) {
            var d = GeneratedArchive.date(i);
            byYear.computeIfAbsent(d.getYear(), y -> new TreeSet<>()).add(GeneratedArchive.id(i));
            byMonth.computeIfAbsent(String.format("%d-%02d", d.getYear(), d.getMonthValue()), m -> new TreeSet<>())
                    .add(GeneratedArchive.id(i));
        }
        Document index = page("archives/index.html");
        List<String> years = new ArrayList<>(byYear.keySet().stream().map(String::valueOf).toList());
        java.util.Collections.reverse(years);
        assertThat(index.select(".entries a").eachText()).containsExactlyElementsOf(years);
        for (Map.Entry<Integer, Set<String>> y : byYear.entrySet()) {
            assertThat(index.select(".entries li:has(a[href=" + y.getKey() + ".html]) .count").text())
                    .isEqualTo(y.getValue().size() + " communiqués");
            Document year = page("archives/" + y.getKey() + ".html");
            Set<String> months = new TreeSet<>(byMonth.keySet().stream().filter(m -> m.startsWith(y.getKey() + "-")).toList());
            assertThat(new TreeSet<>(year.select(".entries a").eachAttr("href")))
                    .isEqualTo(new TreeSet<>(months.stream().map(m -> m + ".html").toList()));
        }
        for (Map.Entry<String, Set<String>> m : byMonth.entrySet()) {
            Document month = page("archives/" + m.getKey() + ".html");
            assertThat(releaseIds(month, ".release-list li > a")).isEqualTo(m.getValue());
            List<String> dates = month.select(".release-list time").eachAttr("datetime");
            assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void speakerPagesListExactlyTheirStatements() throws Exception {
        Map<String, Set<String>> statements = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (int i = 0; i < N; i++) {
            String page = "../communiques/" + GeneratedArchive.id(i) + ".html";
            statements.computeIfAbsent(GeneratedArchive.first(i)[0], k -> new TreeSet<>()).add(page + "#p2-s2");
            statements.computeIfAbsent(GeneratedArchive.second(i)[0], k -> new TreeSet<>()).add(page + "#p3-s1");
            names.put(GeneratedArchive.first(i)[0], GeneratedArchive.first(i)[1]);
            names.put(GeneratedArchive.second(i)[0], GeneratedArchive.second(i)[1]);
        }
        Document index = page("intervenants/index.html");
        assertThat(new TreeSet<>(index.select(".entries a").eachAttr("href")))
                .isEqualTo(new TreeSet<>(names.keySet().stream().map(id -> id + ".html").toList()));
        List<String> shown = index.select(".entries a").eachText();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(names.values());
        assertThat(shown).as("French alphabetical order").isSortedAccordingTo(org.pressarchive.site.FrenchOrder.names());
        assertThat(index.select("h2").eachText()).contains("E", "O");
        for (Map.Entry<String, Set<String>> s : statements.entrySet()) {
            Document d = page("intervenants/" + s.getKey() + ".html");
            assertThat(new TreeSet<>(d.select(".statement-list a.place").eachAttr("href"))).as(s.getKey()).isEqualTo(s.getValue());
            assertThat(d.select(".statement-list li")).hasSize(s.getValue().size());
            assertThat(index.select(".entries li:has(a[href=" + s.getKey() + ".html]) .count").text())
                    .startsWith(s.getValue().size() + " déclaration");
        }
    }

    @Test
    void countryPagesListExactlyTheReleasesAndParticipantsOfTheCountry() throws Exception {
        Map<String, Set<String>> releases = new TreeMap<>();
        Map<String, Set<String>> people = new TreeMap<>();
        for (int i = 0; i < N; i++) {
            for (String[] s : List.of(GeneratedArchive.first(i), GeneratedArchive.second(i))) {
                releases.computeIfAbsent(Slugs.slug(s[3]), k -> new TreeSet<>()).add(GeneratedArchive.id(i));
                people.computeIfAbsent(Slugs.slug(s[3]), k -> new TreeSet<>()).add("../intervenants/" + s[0] + ".html");
            }
        }
        Document index = page("pays/index.html");
        assertThat(new TreeSet<>(index.select(".entries a").eachAttr("href")))
                .isEqualTo(new TreeSet<>(releases.keySet().stream().map(c -> c + ".html").toList()));
        for (String country : releases.keySet()) {
            Document d = page("pays/" + country + ".html");
            assertThat(releaseIds(d, ".release-list li > a")).as(country).isEqualTo(releases.get(country));
            assertThat(new TreeSet<>(d.select(".people a").eachAttr("href"))).as(country).isEqualTo(people.get(country));
        }
    }

    @Test
    void themePagesListExactlyTheReleasesAndParagraphsNamingThem() throws Exception {
        Set<String> ocs = new LinkedHashSet<>();
        Set<String> bri = new LinkedHashSet<>();
        for (int i = 0; i < N; i++) {
            String page = "../communiques/" + GeneratedArchive.id(i) + ".html";
            if (GeneratedArchive.namesOcs(i)) {
                ocs.add(page + "#p3");
            }
            if (GeneratedArchive.namesBri(i)) {
                bri.add(page + "#p4");
            }
        }
        assertThat(new TreeSet<>(page("themes/ocs.html").select(".paragraph-links a").eachAttr("href")))
                .isEqualTo(new TreeSet<>(ocs));
        assertThat(new TreeSet<>(page("themes/ceinture-et-route.html").select(".paragraph-links a").eachAttr("href")))
                .isEqualTo(new TreeSet<>(bri));
        assertThat(page("themes/index.html").select(".entries a").eachAttr("href"))
                .containsExactlyInAnyOrder("ceinture-et-route.html", "ocs.html");
    }

    @Test
    void homeShowsCountsAndTheLatestReleases() throws Exception {
        Document home = page("index.html");
        assertThat(home.select(".counts li").eachText()).anySatisfy(t -> assertThat(t).contains(N + " communiqués"));
        assertThat(home.select(".release-list li")).hasSize(HomePages.LATEST);
        assertThat(home.select(".counts a").eachAttr("href"))
                .containsExactly("archives/index.html", "intervenants/index.html", "pays/index.html", "themes/index.html");
    }

    @Test
    void dataFileHoldsEveryReleaseModel() throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(site.resolve("data/communiques.json").toFile());
        assertThat(json).hasSize(N);
        Set<String> ids = new TreeSet<>();
        json.forEach(r -> ids.add(r.get("id").asString()));
        assertThat(ids).hasSize(N).contains(GeneratedArchive.id(0), GeneratedArchive.id(N - 1));
        assertThat(json.get(0).get("id").asString()).isEqualTo(GeneratedArchive.id(N - 1));
    }
}
