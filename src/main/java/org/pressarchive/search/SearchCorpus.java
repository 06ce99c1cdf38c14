package org.pressarchive.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.site.TranslationIndex;

/**
 * Chooses what each interface language searches: every original release, newest first, in its
 * translation into that language when one exists and in its original language otherwise (the
 * index marks the text language, so the page can say "French original").
 */
public final class SearchCorpus {
    private SearchCorpus() {
    }

    /**
     * Every release's document, texts included (for a small archive: a build reads each text when
     * it needs it, see {@link #document} and {@link #head}).
     *
     * @param newestFirst  the original releases in site order, with their text
     * @param translations the aligned translations of the archive
     */
    public static List<SearchDocument> documents(List<Release> newestFirst, TranslationIndex translations, String lang) {
        List<SearchDocument> docs = new ArrayList<>();
        for (Release head : newestFirst) {
            docs.add(document(head, r -> r, translations, lang));
        }
        return docs;
    }

    /** One release's document, its text read through {@code full} when it is shown in its original language. */
    static SearchDocument document(Release head, java.util.function.UnaryOperator<Release> full,
                                   TranslationIndex translations, String lang) {
        Release original = head.lang().equals(lang) || translations.translation(head.id(), lang).isEmpty()
                ? full.apply(head) : head;
        Release shown = original.lang().equals(lang) ? original
                : translations.translation(original.id(), lang).orElse(original);
        return document(original, shown);
    }

    /**
     * One release's document without its text (no paragraphs): what the index holds of every
     * document besides its text (id, title, date, speakers, countries, text language), the release's
     * text not read.
     */
    static SearchDocument head(Release head, TranslationIndex translations, String lang) {
        SearchDocument d = document(head, r -> r, translations, lang);
        return d.paragraphs().isEmpty() ? d : new SearchDocument(d.releaseId(), d.textLang(), d.title(), d.date(),
                d.speakers(), d.countries(), List.of(), List.of());
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
}
