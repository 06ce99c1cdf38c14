package org.pressarchive.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.model.Release;
import org.pressarchive.testing.LinkCheck;
import org.pressarchive.testing.ReleaseBuilder;
import org.pressarchive.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists of more than 100 entries are paginated: 100 entries make one page, 101 make two. */
class PaginationTest {

    /** {@code n} releases of one month, each with a statement by Wang Yi, and n - 1 other speakers in all. */
    static List<Release> releases(int n) {
        List<Release> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ReleaseBuilder b = ReleaseBuilder.release(String.format("2024-03-05-r%03d", i)).date(2024, 3, 5)
                    .title("Communiqué " + i).participant("wang-yi", "Wang Yi", "ministre", "Chine");
            if (i < n - 1) {
                b.participant(String.format("p%03d", i), String.format("Personne %03d", i), null, "Chine");
            }
            out.add(b.paragraph(p -> p.statement("Wang Yi a déclaré une chose.", "wang-yi")).build());
        }
        return out;
    }

    static final List<String> LISTS = List.of("archives/2024-03", "pays/chine", "intervenants/wang-yi",
            "intervenants/index");

    @Test
    void hundredEntriesMakeOnePage(@TempDir Path tmp) throws Exception {
        Path site = SiteFixture.build(tmp, releases(100), null);
        for (String list : LISTS) {
            assertThat(site.resolve(list + ".html")).as(list).isRegularFile();
            assertThat(site.resolve(list + "-2.html")).as(list).doesNotExist();
            Document d = Jsoup.parse(site.resolve(list + ".html").toFile(), "UTF-8");
            assertThat(d.select("nav.pager")).as(list).isEmpty();
        }
        assertThat(Jsoup.parse(site.resolve("archives/2024-03.html").toFile(), "UTF-8").select(".release-list li")).hasSize(100);
        LinkCheck.assertClean(site);
    }

    @Test
    void hundredAndOneEntriesMakeTwoLinkedPages(@TempDir Path tmp) throws Exception {
        Path site = SiteFixture.build(tmp, releases(101), "https://example.org/");
        for (String prefix : List.of("", "en/")) {
            for (String list : LISTS) {
                String name = list.substring(list.indexOf('/') + 1);
                Document first = Jsoup.parse(site.resolve(prefix + list + ".html").toFile(), "UTF-8");
                Document second = Jsoup.parse(site.resolve(prefix + list + "-2.html").toFile(), "UTF-8");
                assertThat(site.resolve(prefix + list + "-3.html")).doesNotExist();
                assertThat(first.select("nav.pager a[rel=next]").attr("href")).isEqualTo(name + "-2.html");
                assertThat(first.select("nav.pager a[rel=prev]")).isEmpty();
                assertThat(second.select("nav.pager a[rel=prev]").attr("href")).isEqualTo(name + ".html");
                assertThat(second.select("nav.pager a[rel=next]")).isEmpty();
                assertThat(second.select("link[rel=canonical]").attr("href"))
                        .isEqualTo("https://example.org/" + prefix + list + "-2.html");
            }
        }
        Document month1 = Jsoup.parse(site.resolve("archives/2024-03.html").toFile(), "UTF-8");
        Document month2 = Jsoup.parse(site.resolve("archives/2024-03-2.html").toFile(), "UTF-8");
        assertThat(month1.select(".release-list li")).hasSize(100);
        assertThat(month2.select(".release-list li")).hasSize(1);
        assertThat(month2.select(".pager .position").text()).isEqualTo("Page 2 sur 2");
        assertThat(Jsoup.parse(site.resolve("intervenants/wang-yi-2.html").toFile(), "UTF-8")
                .select(".statement-list li")).hasSize(1);
        LinkCheck.assertClean(site);
    }

    @Test
    void splitKeepsEveryEntryOnceAndAlwaysGivesOnePage() {
        assertThat(Paginated.split(List.of(), 100)).containsExactly(List.of());
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            items.add(i);
        }
        List<List<Integer>> pages = Paginated.split(items, 100);
        assertThat(pages).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(items);
    }
}
