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
    List<List<Voice>> readout(List<List<String>> paragraphs, boolean heading, Cast cast, SentenceCache cache) {
        List<List<Voice>> out = new ArrayList<>();
        List<String> lastSubject = List.of();
        List<String> quoted = null;
        boolean inQuote = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Voice> voices = new ArrayList<>();
            List<String> current = null;
            List<String> sentencesOfP = paragraphs.get(p);
            if (quoted != null && !inQuote && (sentencesOfP.isEmpty() || !opensQuotation(sentencesOfP.get(0)))) {
                quoted = null;
            }
            if (quoted != null) {
                for (String sentence : sentencesOfP) {
                    voices.add(isMark(sentence) ? Voice.NARRATION : new Voice(quoted, Kind.STATEMENT));
                }
                inQuote = quoteBalance(String.join(" ", sentencesOfP), inQuote);
                if (!inQuote) {
                    quoted = null;
                }
                out.add(voices);
                continue;
            }
            String previous = null;
            for (String sentence : sentencesOfP) {
                if ((heading && p == 0) || isMark(sentence)) {
                    voices.add(Voice.NARRATION);
                    continue;
                }
                MentionResolver.Context ctx = new MentionResolver.Context(cast, lastSubject, cast.meetingAt(p), previous);
                previous = sentence;
                String own = sentence.substring(0, clauses.sourceAttributionStart(sentence));
                String plainOwn = Folding.plain(own); // read by the clause reader and the resolver
                List<Token> tokens = cache.tokens(own);
                List<Cue> cues = cache.cues(own);
                Reference attributed = attributedOfPlain(plainOwn, ctx);
                if (attributed.resolved()) {
                    voices.add(new Voice(attributed.ids(), Kind.STATEMENT));
                    current = attributed.ids();
                    lastSubject = current;
                    continue;
                }
                // the plain text of own.substring(k) is plainOwn.substring(k): plain() maps char by char
                MentionResolver.Phrase rest = MentionResolver.Phrase.ofPlain(
                        plainOwn.substring(clauses.subjectStartOfPlain(plainOwn)));
                Reference subject = current != null && (MentionResolver.isWeakJoint(rest)
                        || cues.isEmpty() && MentionResolver.isJoint(rest)) ? Reference.none() : mentions.resolve(rest, ctx);
                if (subject.resolved() && introduces(own)) {
                    quoted = subject.ids();
                    inQuote = false;
                    lastSubject = subject.ids();
                    voices.add(Voice.NARRATION);
                } else if (subject.resolved() && current == null && !kinds.isStance(tokens, cues)
                        && (mentions.startsWithCountry(rest) || isBackground(tokens, own))) {
                    voices.add(Voice.NARRATION);
                } else if (subject.resolved()) {
                    Kind kind = kinds.classify(tokens, cues, own);
                    lastSubject = subject.ids();
                    current = kind == Kind.NARRATION ? null : subject.ids();
                    List<String> voiced = kind == Kind.STATEMENT ? contrasted(own, subject.ids(), ctx) : subject.ids();
                    voices.add(kind == Kind.NARRATION ? Voice.NARRATION : new Voice(voiced, kind));
                } else if (current != null) {
                    voices.add(new Voice(current, Kind.STATEMENT));
                } else if (ctx.meeting().size() > 1 && PASSIVE_TOPIC.matcher(own).find()) {
                    voices.add(new Voice(ctx.meeting(), Kind.ACTION));
                } else {
                    voices.add(Voice.NARRATION);
                }
            }
            out.add(voices);
        }
        return out;
    }

    /**
     * A sentence that announces the words that follow ({@code X a fait aujourd'hui la déclaration
     * suivante :}): the quoted paragraphs after it are that person's.
     */
    private static final java.util.regex.Pattern INTRODUCTION = java.util.regex.Pattern.compile(
            "(?iU)(?:suivante|suivant|ce qui suit|en ces termes)\\s*:\\s*$");
    /** True when {@code sentence} ends announcing the words that follow; the colon it needs is looked for first. */
    private static boolean introduces(String sentence) {
        return sentence.indexOf(':') >= 0 && INTRODUCTION.matcher(sentence).find();
    }

    /** {@code Les questions de … ont également été abordées.}: a topic the meeting discussed. */
    private static final java.util.regex.Pattern PASSIVE_TOPIC = java.util.regex.Pattern.compile(
            "(?iU)\\b(?:a|ont)\\s+(?:également\\s+|aussi\\s+|en\\s+outre\\s+|par\\s+ailleurs\\s+)?été\\s+"
                    + "(?:abordée?s?|évoquée?s?|examinée?s?|discutée?s?|passée?s?\\s+en\\s+revue)\\b");

    /**
     * A person's deed told without any reporting cue, quotation or {@code que} clause
     * ({@code X occupait le poste …}, {@code Lula a organisé une cérémonie …}): background.
     */
    private static boolean isBackground(List<Token> tokens, String sentence) {
        return !quotes(sentence) && tokens.stream().map(Token::folded).noneMatch(t -> t.equals("que") || t.equals("qu'"));
    }

    /** True when a sentence quotes words ({@code « … »}, {@code “ … ”}). */
    private static boolean quotes(String sentence) {
        return sentence.indexOf('«') >= 0 || sentence.indexOf('“') >= 0 || sentence.indexOf('"') >= 0;
    }

    private static boolean opensQuotation(String sentence) {
        String t = sentence.stripLeading();
        return t.startsWith("«") || t.startsWith("“") || t.startsWith("\"");
    }

    /** Whether a quotation is still open after {@code text}, given whether one was open before it. */
    private static boolean quoteBalance(String text, boolean open) {
        boolean inside = open;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“') {
                inside = true;
            } else if (c == '»' || c == '”') {
                inside = false;
            }
        }
        return inside;
    }

    private static final java.util.regex.Pattern CONTRAST = java.util.regex.Pattern.compile(
            "(?U),\\s+(?:tandis\\s+qu(?:e\\s+|')|alors\\s+qu(?:e\\s+|'))");

    /**
     * {@code X a déclaré que …, tandis que M. Sánchez a indiqué que …}: a second clause whose
     * subject is another participant with its own statement verb; both speak the sentence.
     */
    private List<String> contrasted(String own, List<String> first, MentionResolver.Context ctx) {
        if (!own.contains("tandis") && !own.contains("alors")) {
            return first; // the words the pattern needs
        }
        java.util.regex.Matcher m = CONTRAST.matcher(own);
        while (m.find()) {
            String clause = own.substring(m.end(), Math.min(own.length(), m.end() + 200));
            List<Cue> cs = lexicon.cues(Tokenizer.tokens(clause));
            if (cs.isEmpty() || cs.get(0).type() != Cue.Type.STATEMENT || cs.get(0).start() > 8) {
                continue;
            }
            Reference second = mentions.resolve(clause, ctx);
            if (second.resolved() && !first.containsAll(second.ids())) {
                java.util.LinkedHashSet<String> both = new java.util.LinkedHashSet<>(first);
                both.addAll(second.ids());
                return List.copyOf(both);
            }
        }
        return first;
    }

    /** A trailing attribution or a leading {@code Selon X,}, resolved. */
    private Reference attributedOfPlain(String plain, MentionResolver.Context ctx) {
        Optional<ClauseReader.Attribution> t = clauses.trailingOfPlain(plain);
        if (t.isPresent()) {
            ClauseReader.Attribution a = t.get();
            if (a.pronoun() != null) {
                return pronoun(a.pronoun(), ctx);
            }
            Reference r = mentions.resolve(MentionResolver.Phrase.ofPlain(a.subject()), ctx); // a part of the plain text
            if (r.resolved()) {
                return r;
            }
        }
        Optional<String> source = clauses.leadingSourceOfPlain(plain);
        return source.isPresent() ? mentions.resolve(MentionResolver.Phrase.ofPlain(source.get()), ctx) : Reference.none();
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
    List<List<Voice>> transcript(List<List<String>> paragraphs, boolean heading, Cast cast, SentenceCache cache) {
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
            } else if (labelsStarted && isFollowUp(sentences, p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : List.of())) {
                turn = JOURNALIST;
            }
            for (String sentence : sentences) {
                if ((heading && p == 0) || isMark(sentence)) {
                    voices.add(Voice.NARRATION);
                } else if (labelsStarted || label.isPresent()) {
                    voices.add(turn == null ? Voice.NARRATION : new Voice(List.of(turn), Kind.STATEMENT));
                } else if (spokesperson != null && !isFraming(sentence, cache)) {
                    voices.add(new Voice(List.of(spokesperson), Kind.STATEMENT));
                } else {
                    voices.add(Voice.NARRATION);
                }
            }
            out.add(voices);
        }
        return out;
    }

    /**
     * An unlabelled paragraph of questions only, right before an answer's label, is a
     * journalist's follow-up ({@code Et sur la liste ? Avez-vous reçu une réponse ?}).
     */
    private static boolean isFollowUp(List<String> sentences, List<String> next) {
        if (sentences.isEmpty() || next.isEmpty()) {
            return false;
        }
        Optional<TurnLabel> l = TurnLabel.of(next.get(0));
        if (l.isEmpty() || l.get().role() != TurnLabel.Role.ANSWER) {
            return false;
        }
        return sentences.stream().allMatch(x -> x.stripTrailing().endsWith("?") || x.stripTrailing().endsWith("? »"));
    }

    /**
     * A second heading line before the body ({@code Soudan – Attaques contre … (13 avril 2025)}):
     * one sentence that neither ends a sentence nor opens an address ({@code Monsieur le Président,}).
     */
    private static boolean isSubheading(List<String> sentences) {
        if (sentences.size() != 1) {
            return false;
        }
        String t = sentences.get(0).strip();
        return !t.isEmpty() && ".!?…,:;»\"”".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** Voices of a first-person text: the one speaker says every sentence but headings and marks. */
    List<List<Voice>> firstPerson(List<List<String>> paragraphs, boolean heading, String speaker, SentenceCache cache) {
        List<List<Voice>> out = new ArrayList<>();
        boolean body = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Voice> voices = new ArrayList<>();
            boolean subheading = !body && heading && p > 0 && isSubheading(paragraphs.get(p));
            body |= !subheading && p > 0;
            for (String sentence : paragraphs.get(p)) {
                if ((heading && p == 0) || subheading || isMark(sentence) || isPublisherFrame(sentence)
                        || p == paragraphs.size() - 1 && paragraphs.get(p).size() == 1 && isSignature(sentence)) {
                    voices.add(Voice.NARRATION);
                } else {
                    voices.add(new Voice(List.of(speaker), kinds.classifyOwnWords(cache.tokens(sentence), cache.cues(sentence),
                            sentence)));
                }
            }
            out.add(voices);
        }
        return out;
    }

    /** Logistics to come: framing in a readout, the spokesperson's announcement in a briefing. */
    private static final java.util.Set<String> LOGISTICS = java.util.Set.of(
            "se rendre", "coprésider", "se retrouver", "avoir des entretiens");

    private static final java.util.regex.Pattern FUTURE_ENDING = java.util.regex.Pattern.compile(".*r(?:a|ont)");
    private static final java.util.regex.Pattern LABEL_HONORIFIC = java.util.regex.Pattern.compile(
            "^(?:M\\.|Mme|MM\\.|Monsieur|Madame)\\s+");
    private static final java.util.regex.Pattern LABEL_ARTICLE = java.util.regex.Pattern.compile("^(?:le|la|l')\\s*");

    private boolean isFraming(String sentence, SentenceCache cache) {
        List<Token> tokens = cache.tokens(sentence);
        List<Cue> cues = cache.cues(sentence);
        return kinds.classify(tokens, cues, sentence) == Kind.NARRATION
                && cues.stream().noneMatch(c -> c.lemma().equals(ParticipantFinder.ANNOUNCEMENT)
                        || LOGISTICS.contains(c.lemma()) && FUTURE_ENDING.matcher(tokens.get(c.end() - 1).folded()).matches());
    }

    private static final java.util.regex.Pattern PUBLISHER_FRAME = java.util.regex.Pattern.compile(
            "(?iU)^\\s*(?:pour les médias|renseignements|contacts?|personnes?-ressources?|relations avec les médias|source)\\b.*"
                    + "|^[^«“\"]*(?:déclaration|message|propos)\\s+suivante?s?\\s*:\\s*$|^[^«“\"]*:\\s*$");

    /**
     * The publisher's frame around a first-person text: the line introducing the words
     * ({@code L'honorable Mélanie Joly … a fait aujourd'hui la déclaration suivante :}) and the
     * contact lines ({@code Pour les médias : …}).
     */
    private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern.compile(
            "^\\s*(?:M\\.\\s+|Mme\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:de\\s+|von\\s+|van\\s+|ben\\s+)?\\p{Lu}[\\p{L}'’-]+){1,3}"
                    + "\\s*(?:,\\s*(?:le\\s+|la\\s+)?(\\S+)[^.!?«»:;]*)?\\.?\\s*$");

    /** A closing signature ({@code Jean-Noël Barrot, ministre de l'Europe et des Affaires étrangères}): the publisher's, not words. */
    private boolean isSignature(String sentence) {
        if (sentence.length() > 200) {
            return false;
        }
        java.util.regex.Matcher m = SIGNATURE.matcher(sentence);
        if (!m.matches() || m.group(1) == null) {
            return false;
        }
        List<Token> tokens = Tokenizer.tokens(sentence);
        return RoleReader.OFFICES.contains(Folding.fold(m.group(1))) && lexicon.cues(tokens).isEmpty();
    }

    private static boolean isPublisherFrame(String sentence) {
        return PUBLISHER_FRAME.matcher(sentence).matches();
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
        String text = LABEL_HONORIFIC.matcher(label.label()).replaceFirst("");
        Optional<Actor> byName = cast.byName(text);
        if (byName.isPresent()) {
            return byName.get().id();
        }
        String f = org.pressarchive.model.Slugs.fold(Folding.fold(text));
        for (Actor a : cast.actors()) {
            if (a.role() != null) {
                String role = org.pressarchive.model.Slugs.fold(Folding.fold(a.role()));
                String office = LABEL_ARTICLE.matcher(f).replaceFirst("");
                if (!office.isEmpty() && (role.startsWith(office) || office.startsWith(role))) {
                    return a.id();
                }
            }
        }
        return JOURNALIST;
    }
}
