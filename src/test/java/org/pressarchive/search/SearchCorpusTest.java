package org.pressarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.site.TranslationIndex;
import org.pressarchive.model.ReleaseMeta;

class SearchCorpusTest {
    private static Release release(String id, String source, String lang, String translationOf, String text) {
        Paragraph p = new Paragraph("p1", 0, 1, text, List.of(), List.of(), List.of());
        return new Release(id, source, lang, LocalDate.of(2025, 1, 2), null, text, List.of(
                new Participant("wang-yi", "Wang Yi", null, "Chine"), new Participant("x", "X", null, "Chine")),
                List.of(p), List.of(), new ReleaseMeta(null, List.of(), translationOf, ""));
    }

    @Test
    void eachLanguageSearchesItsTranslationOrTheOriginal() {
        Release a = release("a", "seeds/a.txt", "fr", null, "Texte A");
        Release aEn = release("a", "seeds/a.en.md", "en", "a", "Text A");
        Release b = release("b", "seeds/b.txt", "fr", null, "Texte B");
        List<Release> all = List.of(a, b);
        TranslationIndex translations = TranslationIndex.of(List.of(aEn));

        List<SearchDocument> fr = SearchCorpus.documents(all, translations, "fr");
        assertThat(fr).extracting(SearchDocument::releaseId).containsExactly("a", "b");
        assertThat(fr).extracting(SearchDocument::textLang).containsExactly("fr", "fr");

        List<SearchDocument> en = SearchCorpus.documents(all, translations, "en");
        assertThat(en).extracting(SearchDocument::releaseId).containsExactly("a", "b");
        assertThat(en).extracting(SearchDocument::textLang).containsExactly("en", "fr");
        assertThat(en.get(0).paragraphs()).containsExactly("Text A");
        assertThat(en.get(0).countries()).containsExactly("Chine");
        assertThat(en.get(0).speakers()).extracting(SearchDocument.Speaker::id).containsExactly("wang-yi", "x");

        // without its text: the same document but its paragraphs, and the text not asked for
        for (String lang : List.of("fr", "en")) {
            List<SearchDocument> all2 = SearchCorpus.documents(all, translations, lang);
            for (int i = 0; i < all.size(); i++) {
                SearchDocument head = SearchCorpus.head(all.get(i), translations, lang);
                SearchDocument doc = all2.get(i);
                assertThat(head.paragraphs()).isEmpty();
                assertThat(head.paragraphIds()).isEmpty();
                assertThat(head).usingRecursiveComparison().ignoringFields("paragraphs", "paragraphIds").isEqualTo(doc);
                assertThat(SearchCorpus.document(all.get(i), r -> r, translations, lang)).isEqualTo(doc);
            }
        }
    }
}
