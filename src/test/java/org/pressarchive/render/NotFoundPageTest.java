package org.pressarchive.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.pressarchive.config.SiteConfig;
import org.pressarchive.testing.SeedFixture;

/** Static hosts serve 404.html at any depth, so with a base URL its links must not be relative. */
class NotFoundPageTest {
    static final String BASE = "https://user.github.io/repo/";

    private static Document page(SiteConfig config, String path) {
        SiteContext site = TestContexts.of(List.of(SeedFixture.release()), config);
        RenderTask task = new NotFoundPages().tasks(site).stream().filter(t -> t.path().equals(path)).findFirst()
                .orElseThrow();
        return Jsoup.parse(new String(task.content().get(), StandardCharsets.UTF_8));
    }

    @Test
    void withABaseUrlEveryLinkIsAbsolute() {
        Document d = page(SiteConfig.defaults().withBaseUrl(BASE), "en/404.html");
        assertThat(d.select("a[href], link[href]").eachAttr("href")).allSatisfy(h ->
                assertThat(h).matches("(https://user\\.github\\.io/repo/.*|#main)"));
        assertThat(d.select("main a").attr("href")).isEqualTo(BASE + "en/index.html");
        assertThat(d.select("link[rel=stylesheet]").attr("href")).isEqualTo(BASE + "assets/site.css");
        assertThat(d.select("form").attr("action")).isEqualTo(BASE + "en/search.html");
    }

    @Test
    void withoutABaseUrlLinksAreRelativeToTheRoot() {
        Document d = page(SiteConfig.defaults(), "404.html");
        assertThat(d.select("main a").attr("href")).isEqualTo("index.html");
    }
}
