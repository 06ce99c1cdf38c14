package org.pressarchive.render;

import org.pressarchive.config.SiteConfig;
import org.pressarchive.site.Permalinks;
import org.pressarchive.site.SiteIndex;
import org.pressarchive.site.TranslationIndex;

/** Everything output sets need, built once per build, immutable and shared across threads. */
public record SiteContext(SiteIndex index, SiteConfig config, Permalinks links, TemplateRenderer templates,
                          MessageBundles messages, ThemeFiles theme, ModelJson json,
                          TranslationIndex translations) {
}
