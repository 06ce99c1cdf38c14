package org.pressarchive.render;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.model.Release;
import org.pressarchive.testing.LinkCheck;
import org.pressarchive.testing.ReleaseBuilder;
import org.pressarchive.testing.SiteFixture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile text in a release renders as text everywhere: pages, JSON, feed, sitemap, JSON-LD. */
class EscapingTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String TITLE = "Titre " + SCRIPT + " et " + IMG + " & </script>";
    static final String ID = "2025-01-02-hostile";
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Release r = ReleaseBuilder.release(ID).date(2025, 1, 2).title(TITLE).location("Paris" + IMG)
                .participant("evil", "Evil " + SCRIPT, "rôle " + IMG, "Pays" + SCRIPT)
                .paragraph(p -> p.narration("Texte " + SCRIPT + ".").statement("Il a dit " + IMG + ".", "evil"))
                .paragraph(p -> p.narration("L’Organisation " + SCRIPT + " (OSX) et l’Initiative « " + IMG + " ».")).build();
        site = SiteFixture.build(tmp, List.of(r), "https://example.org/");
        LinkCheck.assertClean(site);
    }

    @Test
    void everyHtmlPageShowsTheTextAndRunsNothing() throws Exception {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path p : pages) {
            String raw = Files.readString(p);
            assertThat(raw).as(p.toString()).doesNotContain("<script>alert").doesNotContain("<img");
            Document d = Jsoup.parse(raw);
            assertThat(d.select("img")).as(p.toString()).isEmpty();
            assertThat(d.select("[onerror]")).as(p.toString()).isEmpty();
            d.select("script").forEach(s -> assertThat(s.hasAttr("src") || s.attr("type").equals("application/ld+json"))
                    .as("only external or data scripts in " + p).isTrue());
        }
        Document release = Jsoup.parse(site.resolve("communiques/" + ID + ".html").toFile(), "UTF-8");
        assertThat(release.select("h1").text()).isEqualTo(TITLE);
        assertThat(release.getElementById("p1-s1").text()).isEqualTo("Texte " + SCRIPT + ".");
        assertThat(release.getElementById("p1-s2").text()).isEqualTo("Il a dit " + IMG + ".");
        assertThat(release.select("title").text()).startsWith(TITLE);
        assertThat(release.select("meta[property=og:title]").attr("content")).isEqualTo(TITLE);
        Document speaker = Jsoup.parse(site.resolve("intervenants/evil.html").toFile(), "UTF-8");
        assertThat(speaker.select("h1").text()).isEqualTo("Evil " + SCRIPT);
    }

    @Test
    void jsonLdCannotCloseItsScriptAndKeepsTheText() throws Exception {
        Document release = Jsoup.parse(site.resolve("communiques/" + ID + ".html").toFile(), "UTF-8");
        String data = release.select("script[type=application/ld+json]").first().data();
        assertThat(data).doesNotContain("<").doesNotContain(">");
        JsonNode ld = JsonMapper.builder().build().readTree(data);
        assertThat(ld.get("headline").asString()).isEqualTo(TITLE);
        assertThat(ld.get("mentions").get(0).get("name").asString()).isEqualTo("Evil " + SCRIPT);
    }

    @Test
    void jsonFilesKeepTheTextExactly() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode one = json.readTree(site.resolve("communiques/" + ID + ".json").toFile());
        assertThat(one.get("title").asString()).isEqualTo(TITLE);
        JsonNode all = json.readTree(site.resolve("data/communiques.json").toFile());
        assertThat(all.get(0).get("paragraphs").get(0).get("text").asString()).isEqualTo("Texte " + SCRIPT + ". Il a dit " + IMG + ".");
    }

    @Test
    void feedAndSitemapAreWellFormedAndKeepTheText() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        for (String feed : List.of("feed.xml", "en/feed.xml")) {
            org.w3c.dom.Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(site.resolve(feed))));
            assertThat(d.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0).getFirstChild()
                    .getParentNode().getTextContent()).contains(TITLE);
            assertThat(d.getElementsByTagName("img").getLength()).isZero();
            assertThat(d.getElementsByTagName("script").getLength()).isZero();
        }
        org.w3c.dom.Document sitemap = f.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        assertThat(sitemap.getElementsByTagName("script").getLength()).isZero();
        assertThat(Files.readString(site.resolve("sitemap.xml"))).doesNotContain("<img").doesNotContain("<script");
    }
}
