package org.pressarchive.xliff;

import java.util.ArrayList;
import java.util.List;

import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Release;
import org.pressarchive.model.Sentence;

/**
 * Turns a parsed original (and its existing translation, if any) into an XLIFF document: one
 * {@code <file>} per release, one {@code <unit>} per paragraph (id {@code p3}), one
 * {@code <segment>} per sentence (id {@code p3-s2}) with the sentence as {@code <source>}.
 *
 * <p>Targets come from the existing translation, aligned by paragraph index, then sentence index:
 * <ul>
 * <li>when the translated paragraph has as many sentences as the original one, segment <i>j</i>
 *     gets translated sentence <i>j</i> (state {@code translated});</li>
 * <li>when the counts differ, the whole translated paragraph goes into the first segment's target,
 *     the other segments get none, every segment of the unit stays {@code initial} and an
 *     {@code alignment} note asks the translator to spread the text over the segments (import
 *     refuses missing targets, so nothing is lost silently);</li>
 * <li>a paragraph with no counterpart in the translation gets no targets (state {@code initial}).</li>
 * </ul>
 * Pure function of its inputs: no I/O.
 */
public final class XliffExporter {
    static final String STATE_INITIAL = "initial";
    static final String STATE_TRANSLATED = "translated";

    /**
     * @param file     the {@code <file>} element
     * @param warnings alignment problems worth telling the user (paragraph count mismatch)
     */
    public record Export(XliffFile file, List<String> warnings) {
        public Export {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param original         the original release as parsed
     * @param originalRelative the original's path relative to the input folder (the {@code original} attribute)
     * @param translation      the existing translation as parsed, or null
     */
    public Export export(Release original, String originalRelative, Release translation) {
        List<String> warnings = new ArrayList<>();
        SpeakerNotes speakers = new SpeakerNotes(original);
        List<Paragraph> translated = translation == null ? List.of() : translation.paragraphs();
        if (translation != null && translated.size() != original.paragraphs().size()) {
            warnings.add("the translation " + translation.source() + " has " + translated.size()
                    + " paragraph(s) for " + original.paragraphs().size() + " in the original: aligned by position"
                    + (translated.size() > original.paragraphs().size() ? ", the extra ones are left out" : ""));
        }
        List<XliffUnit> units = new ArrayList<>();
        for (Paragraph p : original.paragraphs()) {
            Paragraph t = p.index() < translated.size() ? translated.get(p.index()) : null;
            units.add(unit(p, t, speakers));
        }
        List<XliffNote> fileNotes = List.of(new XliffNote("title", original.title()));
        return new Export(new XliffFile(original.id(), originalRelative, 0, fileNotes, units), warnings);
    }

    private static XliffUnit unit(Paragraph p, Paragraph t, SpeakerNotes speakers) {
        List<XliffNote> notes = new ArrayList<>(speakers.of(p));
        List<Sentence> sentences = p.sentences();
        List<XliffSegment> segments = new ArrayList<>();
        boolean aligned = t != null && t.sentences().size() == sentences.size();
        if (t != null && !aligned) {
            notes.add(new XliffNote("alignment", "The existing translation of this paragraph has "
                    + t.sentences().size() + " sentence(s) for " + sentences.size()
                    + " here; its whole text is in the first segment's target: spread it over the segments."));
        }
        for (int j = 0; j < sentences.size(); j++) {
            Sentence s = sentences.get(j);
            String target = null;
            if (aligned) {
                target = t.sentences().get(j).text();
            } else if (t != null && j == 0) {
                target = t.text();
            }
            String state = aligned ? STATE_TRANSLATED : STATE_INITIAL;
            segments.add(XliffSegment.of(s.id(), state, s.text(), target));
        }
        return new XliffUnit(p.id(), 0, notes, segments);
    }
}
