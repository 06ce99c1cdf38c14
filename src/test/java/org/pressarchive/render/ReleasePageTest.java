package org.pressarchive.render;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.model.Release;
import org.pressarchive.testing.LinkCheck;
import org.pressarchive.testing.ReleaseBuilder;
import org.pressarchive.testing.SeedFixture;
import org.pressarchive.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;

class ReleasePageTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Release older = ReleaseBuilder.release("2025-09-01-avant").date(2025, 9, 1).title("Avant")
                .participant("wang-yi", "Wang Yi", "ministre des Affaires étrangères", "Chine")
                .narration("Un texte plus ancien.").sourceUrl("https://www.example.org/original").build();
        Release press = ReleaseBuilder.release("2025-11-02-conference").date(2025, 11, 2).title("Conférence de presse")
                .participant("mao-ning", "Mao Ning", "porte-parole", "Chine")
                .paragraph(p -> p.statement("Q : Avez-vous un commentaire ?", "journalist"))
                .paragraph(p -> p.statement("R : Nous l’avons noté.", "mao-ning")).build();
        site = SiteFixture.build(tmp, List.of(SeedFixture.release(), older, press), "https://example.org/a/");
        LinkCheck.assertClean(site);
    }

    static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyParagraphAndSentenceIsAddressableWithAVisiblePermalink() throws Exception {
        Document d = page("communiques/" + SeedFixture.ID + ".html");
        assertThat(d.select(".para")).hasSize(6);
        assertThat(d.getElementById("p3")).isNotNull();
        assertThat(d.getElementById("p2-s2")).isNotNull();
        assertThat(d.getElementById("p2-s2").text()).startsWith("Il a déclaré que");
        assertThat(d.select("#p3 > a.permalink").attr("href")).isEqualTo("#p3");
        assertThat(d.select("#p3 > a.permalink").text()).isEqualTo("¶");
    }

    @Test
    void participantsLinkToTheirSpeakerAndCountryPages() throws Exception {
        Document d = page("communiques/" + SeedFixture.ID + ".html");
        Element first = d.select(".participants li").first();
        assertThat(first.select("a.name").attr("href")).isEqualTo("../intervenants/wang-yi.html");
        assertThat(first.select("a[href=../pays/chine.html]").text()).isEqualTo("Chine");
        assertThat(first.select(".role").text()).contains("ministre des Affaires étrangères");
    }

    @Test
    void segmentsShowWhoSpeaksTheKindAndJointVoices() throws Exception {
        Document d = page("communiques/" + SeedFixture.ID + ".html");
        Element action = d.select("#p2 .seg").get(0);
        assertThat(action.hasClass("action")).isTrue();
        assertThat(action.select(".who b").text()).isEqualTo("Wang Yi");
        assertThat(action.select(".who .kind").text()).isEqualTo("acte");
        Element statement = d.select("#p2 .seg").get(1);
        assertThat(statement.hasClass("statement")).isTrue();
        assertThat(statement.select(".who .kind").text()).isEqualTo("déclaration");
        assertThat(statement.select(".s")).hasSize(4);
        String colour = statement.classNames().stream().filter(c -> c.matches("c\\d")).findFirst().orElseThrow();
        assertThat(d.select(".participants li").first().hasClass(colour)).as("same colour as in the list").isTrue();
        Element joint = d.select("#p6 .seg").first();
        assertThat(joint.hasClass("joint")).isTrue();
        assertThat(joint.select(".who b").text()).isEqualTo("Wang Yi et Yermek Kosherbayev (voix commune)");
        assertThat(d.select("#p1 .seg .who")).as("narration has no label").isEmpty();
        Document en = page("en/communiques/" + SeedFixture.ID + ".html");
        assertThat(en.select("#p6 .seg .who b").text()).isEqualTo("Wang Yi and Yermek Kosherbayev (joint voice)");
        assertThat(en.select("#p2 .seg .who .kind").eachText()).containsExactly("act", "statement");
    }

    @Test
    void journalistTurnsAreLabelledFromTheBundle() throws Exception {
        Document d = page("communiques/2025-11-02-conference.html");
        assertThat(d.select("#p1 .seg").hasClass("journalist")).isTrue();
        assertThat(d.select("#p1 .who b").text()).isEqualTo("Journaliste");
        assertThat(site.resolve("intervenants/journalist.html")).doesNotExist();
    }

    @Test
    void citationSourceNeighboursAndJson() throws Exception {
        Document d = page("communiques/" + SeedFixture.ID + ".html");
        assertThat(d.getElementById("citation-text").text()).isEqualTo("Archive des communiqués, « Wang Yi s’est "
                + "entretenu avec Yermek Kosherbayev », 28 octobre 2025, https://example.org/a/communiques/" + SeedFixture.ID + ".html");
        Element button = d.selectFirst("button.copy");
        assertThat(button.hasAttr("hidden")).as("hidden until the script shows it").isTrue();
        assertThat(button.attr("data-copy")).isEqualTo("citation-text");
        assertThat(d.select("script[src]").attr("src")).isEqualTo("../assets/cite.js");
        assertThat(d.select("script:not([src]):not([type=application/ld+json])")).as("no inline script").isEmpty();
        assertThat(d.select("a[rel=prev]").attr("href")).isEqualTo("2025-09-01-avant.html");
        assertThat(d.select("a[rel=next]").attr("href")).isEqualTo("2025-11-02-conference.html");
        assertThat(d.select(".data a").attr("href")).isEqualTo(SeedFixture.ID + ".json");
        assertThat(page("communiques/2025-09-01-avant.html").select(".source a").attr("href"))
                .isEqualTo("https://www.example.org/original");
        assertThat(page("en/communiques/" + SeedFixture.ID + ".html").select(".data a").attr("href"))
                .isEqualTo("../../communiques/" + SeedFixture.ID + ".json");
    }

    @Test
    void pagesCarryOpenGraphAndLanguage() throws Exception {
        Document d = page("communiques/" + SeedFixture.ID + ".html");
        assertThat(d.select("html").attr("lang")).isEqualTo("fr");
        assertThat(d.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(d.select("meta[property=og:url]").attr("content"))
                .isEqualTo("https://example.org/a/communiques/" + SeedFixture.ID + ".html");
        assertThat(d.select("meta[property=og:title]").attr("content")).isEqualTo("Wang Yi s’est entretenu avec Yermek Kosherbayev");
        assertThat(d.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("../feed.xml");
        assertThat(page("en/index.html").select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void speakerPageListsStatementsLinkingToSentenceAnchors() throws Exception {
        Document d = page("intervenants/yermek-kosherbayev.html");
        assertThat(d.select("h1").text()).isEqualTo("Yermek Kosherbayev");
        assertThat(d.select(".roles li").eachText()).containsExactly("ministre des Affaires étrangères");
        assertThat(d.select(".meta a").attr("href")).isEqualTo("../pays/kazakhstan.html");
        assertThat(d.select(".statement-list a.place").eachAttr("href"))
                .containsExactly("../communiques/" + SeedFixture.ID + ".html#p5-s2");
        assertThat(d.select(".statement-list blockquote").text()).startsWith("Il a déclaré que sous la direction du PCC")
                .endsWith("la stabilité et la prospérité mondiales.");
    }
}
