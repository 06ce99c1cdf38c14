package org.pressarchive.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;

/**
 * Chooses what each interface language searches: every original release, newest first, in its
 * translation into that language when one exists and in its original language otherwise (the
 * index marks the text language, so the page can say "French original"). Translations are the
 * releases whose {@code translationOf} names an original's source file (without folder and
 * extension).
 */
public final class SearchCorpus {
    private SearchCorpus() {
    }

    /** @param newestFirst all releases (originals and translations) in site order */
    public static List<SearchDocument> documents(List<Release> newestFirst, String lang) {
        Map<String, Release> translations = new HashMap<>();
        for (Release r : newestFirst) {
            if (r.meta().translationOf() != null && lang.equals(r.lang())) {
                translations.putIfAbsent(r.meta().translationOf(), r);
            }
        }
        List<SearchDocument> docs = new ArrayList<>();
        for (Release original : newestFirst) {
            if (original.meta().translationOf() != null) {
                continue;
            }
            Release shown = original.lang().equals(lang) ? original
                    : translations.getOrDefault(sourceName(original.source()), original);
            docs.add(document(original, shown));
        }
        return docs;
    }

    private static SearchDocument document(Release original, Release shown) {
        List<SearchDocument.Speaker> speakers = new ArrayList<>();
        LinkedHashSet<String> countries = new LinkedHashSet<>();
        for (Participant p : original.participants()) {
            speakers.add(new SearchDocument.Speaker(p.id(), p.name()));
            if (p.country() != null && !p.country().isBlank()) {
                countries.add(p.country());
            }
        }
        List<String> texts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Paragraph p : shown.paragraphs()) {
            texts.add(p.text());
            ids.add(p.id());
        }
        return new SearchDocument(original.id(), shown.lang(), shown.title(), original.date(), speakers,
                new ArrayList<>(countries), texts, ids);
    }

    /** {@code seeds/000_x.en.md} → {@code 000_x.en}: the name a {@code translationOf} refers to. */
    static String sourceName(String source) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
