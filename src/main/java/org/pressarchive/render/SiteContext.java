package org.pressarchive.render;

import org.pressarchive.config.SiteConfig;
import org.pressarchive.site.Permalinks;
import org.pressarchive.site.SiteIndex;
import org.pressarchive.site.TranslationIndex;

/**
 * Everything output sets need, built once per build, immutable and shared across threads.
 *
 * @param salt a digest of what every output depends on besides its own inputs (the tool, the theme
 *             folder, the configuration), the start of every {@link RenderTask#key()}; null when
 *             outputs are not keyed (tests)
 * @param previous what the previous build of the output left, or null (no incremental updates)
 */
public record SiteContext(SiteIndex index, SiteConfig config, Permalinks links, TemplateRenderer templates,
                          MessageBundles messages, ThemeFiles theme, ModelJson json,
                          TranslationIndex translations, String salt, PreviousBuild previous) {
    public SiteContext(SiteIndex index, SiteConfig config, Permalinks links, TemplateRenderer templates,
                       MessageBundles messages, ThemeFiles theme, ModelJson json, TranslationIndex translations) {
        this(index, config, links, templates, messages, theme, json, translations, null, null);
    }

    /**
     * The key of an output whose bytes depend on the given parts alone (besides the salt), or null
     * when outputs are not keyed or a part is unknown (null).
     */
    public String key(Object... parts) {
        if (salt == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(256).append(salt);
        for (Object p : parts) {
            if (p == null) {
                return null;
            }
            sb.append('\0').append(p);
        }
        return RenderMemo.digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
