package org.pressarchive.render;

import java.util.List;

import org.pressarchive.config.SiteConfig;
import org.pressarchive.model.Release;
import org.pressarchive.site.Permalinks;
import org.pressarchive.site.SiteIndex;

/** A {@link SiteContext} with the default theme, for tests of single output sets. */
final class TestContexts {
    private TestContexts() {
    }

    static SiteContext of(List<Release> releases, SiteConfig config) {
        ThemeFiles theme = new ThemeFiles(null);
        MessageBundles messages = new MessageBundles(theme, config.languages());
        return new SiteContext(SiteIndex.of(releases), config, new Permalinks(config.originalLanguage()),
                new TemplateRenderer(theme, messages), messages, theme, new ModelJson(),
                org.pressarchive.site.TranslationIndex.empty());
    }
}
