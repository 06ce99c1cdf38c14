package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pressarchive.model.Kind;

/**
 * Gives every sentence of a release its speakers and kind, following ATTRIBUTION.md: trailing
 * attributions, subjects (names, roles, pronouns, sides, joint voices), continuation within a
 * paragraph; labelled turns in transcripts; one voice in first-person texts.
 */
final class SpeakerAttributor {

    /** Reserved speaker id of journalists' turns at a press conference. */
    static final String JOURNALIST = "journalist";

    private final ReportingLexicon lexicon;
    private final ClauseReader clauses;
    private final MentionResolver mentions;
    private final KindClassifier kinds;

    SpeakerAttributor(ReportingLexicon lexicon, ClauseReader clauses, MentionResolver mentions, KindClassifier kinds) {
        this.lexicon = lexicon;
        this.clauses = clauses;
        this.mentions = mentions;
        this.kinds = kinds;
    }

    /** Voices of a readout, news story or joint communiqué, paragraph by paragraph. */
    List<List<Voice>> readout(List<List<String>> paragraphs, boolean heading, Cast cast) {
        List<List<Voice>> out = new ArrayList<>();
        List<String> lastSubject = List.of();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Voice> voices = new ArrayList<>();
            List<String> current = null;
            for (String sentence : paragraphs.get(p)) {
                if ((heading && p == 0) || isMark(sentence)) {
                    voices.add(Voice.NARRATION);
                    continue;
                }
                MentionResolver.Context ctx = new MentionResolver.Context(cast, lastSubject, cast.meetingAt(p));
                List<Token> tokens = Tokenizer.tokens(sentence);
                List<Cue> cues = lexicon.cues(tokens);
                Reference attributed = attributed(sentence, ctx);
                if (attributed.resolved()) {
                    voices.add(new Voice(attributed.ids(), Kind.STATEMENT));
                    current = attributed.ids();
                    lastSubject = current;
                    continue;
                }
                String rest = sentence.substring(clauses.subjectStart(sentence));
                Reference subject = current != null && MentionResolver.isWeakJoint(rest) ? Reference.none()
                        : mentions.resolve(rest, ctx);
                if (subject.resolved() && current == null && !kinds.isStance(tokens, cues)
                        && mentions.startsWithCountry(rest)) {
                    voices.add(Voice.NARRATION);
                } else if (subject.resolved()) {
                    Kind kind = kinds.classify(tokens, cues, sentence);
                    lastSubject = subject.ids();
                    current = kind == Kind.NARRATION ? null : subject.ids();
                    voices.add(kind == Kind.NARRATION ? Voice.NARRATION : new Voice(subject.ids(), kind));
                } else if (current != null) {
                    voices.add(new Voice(current, Kind.STATEMENT));
                } else {
                    voices.add(Voice.NARRATION);
                }
            }
            out.add(voices);
        }
        return out;
    }

    /** A trailing attribution or a leading {@code Selon X,}, resolved. */
    private Reference attributed(String sentence, MentionResolver.Context ctx) {
        Optional<ClauseReader.Attribution> t = clauses.trailing(sentence);
        if (t.isPresent()) {
            ClauseReader.Attribution a = t.get();
            if (a.pronoun() != null) {
                return pronoun(a.pronoun(), ctx);
            }
            Reference r = mentions.resolve(a.subject(), ctx);
            if (r.resolved()) {
                return r;
            }
        }
        return clauses.leadingSource(sentence).map(np -> mentions.resolve(np, ctx)).orElse(Reference.none());
    }

    private Reference pronoun(String pronoun, MentionResolver.Context ctx) {
        return switch (pronoun) {
            case "il" -> mentions.pronoun(Gender.MASCULINE, ctx);
            case "elle" -> mentions.pronoun(Gender.FEMININE, ctx);
            default -> Reference.of(ctx.meeting());
        };
    }

    /**
     * Voices of a transcript: each labelled turn belongs to its label's owner, unlabelled
     * paragraphs continue the current turn, announcements before the first question are the
     * spokesperson's.
     */
    List<List<Voice>> transcript(List<List<String>> paragraphs, boolean heading, Cast cast) {
        List<List<Voice>> out = new ArrayList<>();
        String spokesperson = spokesperson(cast);
        String turn = null;
        boolean labelsStarted = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<String> sentences = paragraphs.get(p);
            List<Voice> voices = new ArrayList<>();
            Optional<TurnLabel> label = sentences.isEmpty() ? Optional.empty() : TurnLabel.of(sentences.get(0));
            if (label.isPresent()) {
                labelsStarted = true;
                turn = owner(label.get(), cast, spokesperson);
            }
            for (String sentence : sentences) {
                if ((heading && p == 0) || isMark(sentence)) {
                    voices.add(Voice.NARRATION);
                } else if (labelsStarted || label.isPresent()) {
                    voices.add(turn == null ? Voice.NARRATION : new Voice(List.of(turn), Kind.STATEMENT));
                } else if (spokesperson != null && !isFraming(sentence)) {
                    voices.add(new Voice(List.of(spokesperson), Kind.STATEMENT));
                } else {
                    voices.add(Voice.NARRATION);
                }
            }
            out.add(voices);
        }
        return out;
    }

    /** Voices of a first-person text: the one speaker says every sentence but headings and marks. */
    List<List<Voice>> firstPerson(List<List<String>> paragraphs, boolean heading, String speaker) {
        List<List<Voice>> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Voice> voices = new ArrayList<>();
            for (String sentence : paragraphs.get(p)) {
                if ((heading && p == 0) || isMark(sentence)) {
                    voices.add(Voice.NARRATION);
                } else {
                    List<Token> tokens = Tokenizer.tokens(sentence);
                    voices.add(new Voice(List.of(speaker), kinds.classifyOwnWords(tokens, lexicon.cues(tokens), sentence)));
                }
            }
            out.add(voices);
        }
        return out;
    }

    private boolean isFraming(String sentence) {
        List<Token> tokens = Tokenizer.tokens(sentence);
        List<Cue> cues = lexicon.cues(tokens);
        return kinds.classify(tokens, cues, sentence) == Kind.NARRATION;
    }

    private static boolean isMark(String sentence) {
        return ClauseReader.isEditorialMark(sentence) || ClauseReader.isStandaloneDateline(sentence);
    }

    private static String spokesperson(Cast cast) {
        for (Actor a : cast.actors()) {
            if (a.role() != null && Folding.fold(a.role()).contains("porte-parole")) {
                return a.id();
            }
        }
        return cast.isEmpty() ? null : cast.actors().get(0).id();
    }

    private static String owner(TurnLabel label, Cast cast, String spokesperson) {
        switch (label.role()) {
            case QUESTION:
                return JOURNALIST;
            case ANSWER:
                return spokesperson;
            default:
                break;
        }
        String text = label.label().replaceFirst("^(?:M\\.|Mme|MM\\.|Monsieur|Madame)\\s+", "");
        Optional<Actor> byName = cast.byName(text);
        if (byName.isPresent()) {
            return byName.get().id();
        }
        String f = org.pressarchive.model.Slugs.fold(Folding.fold(text));
        for (Actor a : cast.actors()) {
            if (a.role() != null) {
                String role = org.pressarchive.model.Slugs.fold(Folding.fold(a.role()));
                String office = f.replaceFirst("^(?:le|la|l')\\s*", "");
                if (!office.isEmpty() && (role.startsWith(office) || office.startsWith(role))) {
                    return a.id();
                }
            }
        }
        return JOURNALIST;
    }
}
