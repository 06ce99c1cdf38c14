package org.pressarchive.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pressarchive.ingest.SourceNames;
import org.pressarchive.model.Kind;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Release;
import org.pressarchive.model.Segment;
import org.pressarchive.model.Sentence;
import org.pressarchive.site.TranslationIndex;

/**
 * Separates translations from originals and aligns each translation with its original:
 * {@code NAME.LANG.txt|md} beside {@code NAME.txt|md}, or front matter {@code translationOf: NAME}.
 * Paragraph i aligns with paragraph i; where a paragraph has as many sentences as the original's,
 * each sentence takes the original's speakers and kind (the parser reads French; attribution is
 * the original's). A count mismatch is a warning, never an error.
 */
final class TranslationLinker {

    record Linked(List<Release> originals, TranslationIndex translations, List<Problem> problems) {
    }

    static Linked link(List<Release> releases, String originalLanguage) {
        return link(releases, originalLanguage, r -> r);
    }

    /**
     * @param releases every release read, originals maybe without their text
     * @param full     gives an original with its text (asked only for originals that have a translation)
     */
    static Linked link(List<Release> releases, String originalLanguage, java.util.function.UnaryOperator<Release> full) {
        Map<String, Release> originalsByName = new HashMap<>();
        List<Release> originals = new ArrayList<>();
        List<Release> pending = new ArrayList<>();
        for (Release r : releases) {
            if (r.meta().translationOf() != null || !r.lang().equals(originalLanguage)) {
                pending.add(r);
            } else {
                originals.add(r);
                originalsByName.put(baseName(r), r);
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<Release> aligned = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Release t : pending) {
            String name = t.meta().translationOf() != null ? t.meta().translationOf() : baseName(t);
            Release original = originalsByName.get(name);
            if (original == null) {
                problems.add(new Problem(t.source(), 0, "translation of '" + name
                        + "', but the input has no original of that name: not shown"));
                continue;
            }
            if (t.lang().equals(originalLanguage)) {
                problems.add(new Problem(t.source(), 0, "translation of '" + name + "' is in the original's language ("
                        + t.lang() + "): set lang in its front matter or name it NAME.LANG.md; not shown"));
                continue;
            }
            String previous = seen.putIfAbsent(original.id() + "/" + t.lang(), t.source());
            if (previous != null) {
                problems.add(new Problem(t.source(), 0, "a second " + t.lang() + " translation of '" + name
                        + "' (the first is " + previous + "): not shown"));
                continue;
            }
            original = full.apply(original);
            if (t.paragraphs().size() != original.paragraphs().size()) {
                problems.add(new Problem(t.source(), 0, "translation has " + t.paragraphs().size()
                        + " paragraphs, the original " + original.source() + " has " + original.paragraphs().size()
                        + ": paragraphs are aligned in order as far as both go"));
            }
            aligned.add(align(original, t));
        }
        return new Linked(originals, TranslationIndex.of(aligned), problems);
    }

    /** The translation with its original's id, date and participants, and the original's attribution where sentences align. */
    static Release align(Release original, Release t) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Paragraph p : t.paragraphs()) {
            Paragraph o = p.index() < original.paragraphs().size() ? original.paragraphs().get(p.index()) : null;
            paragraphs.add(o != null && o.sentences().size() == p.sentences().size() ? attributed(p, o) : narrated(p));
        }
        return new Release(original.id(), t.source(), t.lang(), original.date(), original.location(), t.title(),
                original.participants(), paragraphs, t.warnings(), t.meta());
    }

    private static Paragraph attributed(Paragraph p, Paragraph o) {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < p.sentences().size(); i++) {
            Sentence s = p.sentences().get(i);
            Sentence os = o.sentences().get(i);
            sentences.add(new Sentence(os.id(), s.start(), s.end(), s.text(), os.speakers(), os.kind()));
        }
        return new Paragraph(p.id(), p.index(), p.line(), p.text(), sentences, o.segments(), p.marks());
    }

    /** Sentences whose alignment is unknown: kept, without attribution, as one segment. */
    private static Paragraph narrated(Paragraph p) {
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : p.sentences()) {
            sentences.add(new Sentence(s.id(), s.start(), s.end(), s.text(), List.of(), Kind.NARRATION));
        }
        Segment g = new Segment(p.id() + "-g1", List.of(), Kind.NARRATION, sentences.stream().map(Sentence::id).toList());
        return new Paragraph(p.id(), p.index(), p.line(), p.text(), sentences, List.of(g), p.marks());
    }

    private static String baseName(Release r) {
        String file = r.source().substring(r.source().lastIndexOf('/') + 1);
        return SourceNames.of(file).base();
    }
}
