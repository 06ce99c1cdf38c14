package org.pressarchive.render;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pressarchive.model.Release;
import org.pressarchive.render.view.CoverageView;
import org.pressarchive.render.view.ReleaseSummary;

/**
 * {@code traductions.html} (and {@code en/translations.html}…): how much of the archive each
 * interface language other than the original's covers, and which releases are missing.
 */
public final class TranslationPages implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        List<RenderTask> tasks = new ArrayList<>();
        if (site.config().languages().size() < 2) {
            return tasks;
        }
        for (String lang : site.config().languages()) {
            String path = site.links().translations(lang);
            tasks.add(new RenderTask(path, () -> Pages.render(site, "translations.html",
                    Pages.chrome(site, lang, path, site.messages().require(lang, "coverage.title"),
                            site.links()::translations),
                    Map.of("coverage", view(site, lang, path)))).keyed(site.key("translations", lang, site.index().listingDigest())));
        }
        return tasks;
    }

    static CoverageView view(SiteContext site, String lang, String path) {
        List<Release> releases = site.index().releases();
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.forLanguageTag(lang));
        percent.setMaximumFractionDigits(1);
        List<CoverageView.Row> rows = new ArrayList<>();
        for (String target : site.config().languages()) {
            if (target.equals(site.config().originalLanguage())) {
                continue;
            }
            List<ReleaseSummary> missing = new ArrayList<>();
            for (Release r : releases) {
                if (!r.lang().equals(target) && site.translations().translation(r.id(), target).isEmpty()) {
                    missing.add(Pages.summary(site, r, lang, path));
                }
            }
            int translated = releases.size() - missing.size();
            String share = percent.format(releases.isEmpty() ? 0 : (double) translated / releases.size());
            rows.add(new CoverageView.Row(target, site.messages().message(lang, "lang." + target).orElse(target),
                    translated, share, missing));
        }
        return new CoverageView(releases.size(), rows);
    }
}
