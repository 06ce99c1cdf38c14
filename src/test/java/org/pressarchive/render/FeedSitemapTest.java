package org.pressarchive.render;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.config.SiteConfig;
import org.pressarchive.model.Release;
import org.pressarchive.site.Permalinks;
import org.pressarchive.site.SiteIndex;
import org.pressarchive.testing.GeneratedArchive;
import org.pressarchive.testing.SiteFixture;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

class FeedSitemapTest {
    static final String BASE = "https://user.github.io/repo/";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    @TempDir
    static Path tmp;
    static Path site;
    static List<Release> releases = GeneratedArchive.releases(60);

    @BeforeAll
    static void build() throws Exception {
        site = SiteFixture.build(tmp, releases, BASE);
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static List<String> texts(Element parent, String ns, String name) {
        NodeList n = parent.getElementsByTagNameNS(ns, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) {
            out.add(n.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void atomFeedHasTheNewestFiftyWithStableAbsoluteIdsAndDates() throws Exception {
        Document d = xml(Files.readAllBytes(site.resolve("feed.xml")));
        Element feed = d.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(50);
        List<Release> newest = SiteIndex.of(releases).releases().subList(0, 50);
        String updated = ((Element) feed.getElementsByTagNameNS(ATOM, "updated").item(0)).getTextContent();
        assertThat(updated).isEqualTo(newest.get(0).date() + "T00:00:00Z");
        for (int i = 0; i < 50; i++) {
            Element e = (Element) entries.item(i);
            String url = BASE + "communiques/" + newest.get(i).id() + ".html";
            assertThat(texts(e, ATOM, "id")).containsExactly(url);
            assertThat(texts(e, ATOM, "title")).containsExactly(newest.get(i).title());
            assertThat(texts(e, ATOM, "updated")).containsExactly(newest.get(i).date() + "T00:00:00Z");
            Element link = (Element) e.getElementsByTagNameNS(ATOM, "link").item(0);
            assertThat(link.getAttribute("href")).isEqualTo(url);
            assertThat(site.resolve("communiques/" + newest.get(i).id() + ".html")).isRegularFile();
        }
        Element self = (Element) feed.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo(BASE + "feed.xml");
        Document en = xml(Files.readAllBytes(site.resolve("en/feed.xml")));
        assertThat(texts(en.getDocumentElement(), ATOM, "id").get(1)).isEqualTo(BASE + "en/communiques/" + newest.get(0).id() + ".html");
    }

    @Test
    void sitemapListsEveryHtmlPageWithAbsoluteUrlsAndAlternates() throws Exception {
        Document d = xml(Files.readAllBytes(site.resolve("sitemap.xml")));
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("urlset");
        List<String> locs = texts(d.getDocumentElement(), SITEMAP, "loc");
        TreeSet<String> expected = new TreeSet<>();
        try (Stream<Path> s = Files.walk(site)) {
            s.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals("404.html"))
                    .forEach(p -> expected.add(BASE + site.relativize(p).toString().replace('\\', '/')));
        }
        assertThat(locs).allMatch(l -> l.startsWith(BASE)).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(locs)).isEqualTo(expected);
        NodeList alternates = d.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        assertThat(alternates.getLength()).isEqualTo(locs.size() * 3);
        assertThat(Files.readString(site.resolve("robots.txt"))).contains("Sitemap: " + BASE + "sitemap.xml");
    }

    @Test
    void sitemapBecomesAnIndexPastTheLimit(@TempDir Path out) throws Exception {
        SiteContext context = TestContexts.of(GeneratedArchive.releases(3), SiteConfig.defaults().withBaseUrl(BASE));
        List<OutputSet> pages = List.of(new HomePages(), new ReleasePages());
        List<RenderTask> tasks = new SitemapFiles(pages, 4).tasks(context);
        assertThat(tasks).extracting(RenderTask::path).containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml", "robots.txt");
        Document index = xml(tasks.get(2).content().get());
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(texts(index.getDocumentElement(), SITEMAP, "loc")).containsExactly(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml");
        int urls = 0;
        for (int i = 0; i < 2; i++) {
            urls += texts(xml(tasks.get(i).content().get()).getDocumentElement(), SITEMAP, "loc").size();
        }
        assertThat(urls).isEqualTo(8);
    }

    @Test
    void jsonLdIsParsableWithTheExpectedTypes() throws Exception {
        tools.jackson.databind.ObjectMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        Release r = SiteIndex.of(releases).releases().get(0);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve("communiques/" + r.id() + ".html").toFile(), "UTF-8");
        var ld = json.readTree(page.select("script[type=application/ld+json]").first().data());
        assertThat(ld.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asString()).isEqualTo(r.title());
        assertThat(ld.get("datePublished").asString()).isEqualTo(r.date().toString());
        assertThat(ld.get("inLanguage").asString()).isEqualTo("fr");
        assertThat(ld.get("publisher").get("@type").asString()).isEqualTo("Organization");
        assertThat(ld.get("mentions")).hasSize(2);
        assertThat(ld.get("mentions").get(0).get("@type").asString()).isEqualTo("Person");
        assertThat(ld.get("mentions").get(0).get("name").asString()).isEqualTo(r.participants().get(0).name());
        assertThat(ld.get("url").asString()).isEqualTo(Permalinks.absolute(BASE, "communiques/" + r.id() + ".html"));
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        var website = json.readTree(home.select("script[type=application/ld+json]").first().data());
        assertThat(website.get("@type").asString()).isEqualTo("WebSite");
        assertThat(website.get("url").asString()).isEqualTo(BASE + "index.html");
    }
}
