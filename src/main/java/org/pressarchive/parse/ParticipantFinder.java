package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pressarchive.model.FrontMatter;
import org.pressarchive.model.Participant;

/**
 * Finds the people taking part in a release: those the heading names, those a framing sentence
 * introduces (who met or called whom), with the office and country given at introduction; when
 * no sentence frames an event, the named people whose words the text reports. People merely
 * mentioned ({@code sous la direction du président Xi Jinping}) are not participants.
 */
final class ParticipantFinder {

    private static final Pattern GENITIVE = Pattern.compile(
            "(\\p{L}+)\\s+(?:du|de\\s+la|de\\s+l'|d'|des|de)\\s*((?:[\\p{L}'-]+\\s+){0,4})$");
    private static final Set<String> EVENT_NOUNS = Set.of(
            "presse", "régulière", "déclaration", "discours", "allocution", "message", "entretien", "intervention",
            "invitation", "tribune", "interview", "visite", "vœux", "voeux", "communiqué", "lettre", "propos", "remarques",
            "rendu", "réunion", "audience", "conversation", "appel", "mot", "point", "part", "demande", "côté");
    /** Event phrases that restate the setting of words already reported, never introduce a meeting. */
    /** A visit to come ({@code effectuera une visite}): framing in a communiqué, an announcement in a briefing. */
    static final String ANNOUNCEMENT = "annoncer une visite";
    private static final Set<String> SETTING_LEMMAS = Set.of("faire ces remarques", "s'exprimer");
    private static final Pattern MEDIA = Pattern.compile(
            "(?iU).*\\b(agence|presse|press|news|tv|télévision|radio|journal|times|post|daily|reuters|afp|bloomberg|cctv|"
                    + "cgtn|xinhua|journaliste|média|media|quotidien|magazine|channel|network|global|kyodo|yonhap|tass|ria|"
                    + "nhk|bbc|cnn|rfi|france 24|le monde|figaro|phoenix|dragon|hubei|shenzhen|nikkei|anadolu|ap)\\b.*");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern UNNAMED_OFFICE_HOLDER = Pattern.compile(
            "^(?:le|la|l')\\s*(?:\\p{L}+\\s+)?(?:ministre|président|présidente|premier|première|secrétaire|porte-parole|chef|cheffe)\\b.*");
    private static final Pattern AUXILIARY = Pattern.compile("\\s(?:s'est|s’est|a|ont|se sont)\\s");
    private static final Pattern ARTICLE_AND_WORDS = Pattern.compile("(?:le|la|l')\\s*[\\p{L}' -]*");

    private final NameFinder names;
    private final RoleReader roles;
    private final ReportingLexicon lexicon;
    private final ClauseReader clauses;
    private final Headings headings;

    ParticipantFinder(NameFinder names, RoleReader roles, ReportingLexicon lexicon, ClauseReader clauses) {
        this.names = names;
        this.roles = roles;
        this.lexicon = lexicon;
        this.clauses = clauses;
        this.headings = new Headings(names);
    }

    /** The cast of a release given as paragraphs of sentences. */
    Cast find(List<List<String>> paragraphs, boolean heading, FrontMatter fm) {
        return find(paragraphs, heading, fm, false, new SentenceCache(lexicon));
    }

    /**
     * The cast of a release; in a transcript only the heading and the paragraphs before the
     * first labelled turn can introduce participants, never the words of a turn.
     */
    Cast find(List<List<String>> paragraphs, boolean heading, FrontMatter fm, boolean transcript, SentenceCache cache) {
        Cast.Builder cast = new Cast.Builder();
        for (Participant p : fm.participants()) {
            cast.add(new Actor(p.name(), p.role(), p.country(), Gender.UNKNOWN));
        }
        if (fm.speaker() != null && !fm.speaker().isBlank()) {
            cast.add(new Actor(fm.speaker().strip(), null, null, Gender.UNKNOWN));
        }
        boolean explicit = !cast.isEmpty();
        List<Actor> headed = new ArrayList<>();
        if (heading && !paragraphs.get(0).isEmpty()) {
            String title = String.join(" ", paragraphs.get(0));
            for (NameSpan n : names.find(title)) {
                if (!mentionedOnly(title, n, true)) {
                    headed.add(introduce(cast, title, n));
                }
            }
        }
        if (!explicit) {
            Set<String> counterparts = new java.util.HashSet<>();
            framing(transcript ? beforeFirstLabel(paragraphs) : paragraphs, heading, cast, headed, counterparts, transcript,
                    cache);
            fillCounterparts(cast, counterparts);
        }
        if (cast.isEmpty()) {
            reportedSpeakers(paragraphs, cast);
        }
        if (cast.isEmpty()) {
            labelledSpeakers(paragraphs, cast);
        }
        if (!explicit) {
            String all = allText(paragraphs);
            impliedCountries(paragraphs, all, cast, cache);
            presidentOfTheRepublic(all, cast);
        }
        return cast.build();
    }

    /** Offices that belong to no country: the United Nations, the European Union, an envoy. */
    private static final java.util.regex.Pattern INTERNATIONAL = java.util.regex.Pattern.compile(
            "(?iU)nations unies|\\bonu\\b|union européenne|union africaine|otan|secrétaire général|secrétaire générale|commission|"
                    + "haut représentant|haute représentante|organisation|envoyé spécial|envoyée spéciale|conseil de l'europe|\\bue\\b");

    /**
     * The country of participants the text gives none: the publishing government's
     * ({@code Élysée}, {@code Xinhua}, an unqualified {@code Président de la République} → its
     * country; data in {@code countries.json}), else the country the text names most often (at
     * least twice) that no other participant holds, when only one participant lacks a country:
     * a Chinese readout's {@code Wang Yi}, a briefing's {@code porte-parole}. Only the first
     * participant without a country gets it: the publisher's own side is introduced first.
     */
    private void impliedCountries(List<List<String>> paragraphs, String all, Cast.Builder cast, SentenceCache cache) {
        List<Actor> missing = cast.actors().stream()
                .filter(a -> a.country() == null && (a.role() == null || !INTERNATIONAL.matcher(a.role()).find())).toList();
        if (missing.isEmpty()) {
            return;
        }
        Set<String> held = new java.util.HashSet<>();
        cast.actors().forEach(a -> {
            if (a.country() != null) {
                held.add(a.country());
            }
        });
        Optional<String> home = roles.publisherCountry(all);
        if (home.isEmpty()) {
            home = roles.datelineCountry(paragraphs).filter(c -> !held.contains(c));
        }
        if (home.isEmpty() && missing.size() == 1) {
            home = roles.subjectCountry(paragraphs, held, cache)
                    .or(() -> roles.mostNamedCountry(cache.tokensOfAll(paragraphs), held, 2));
        }
        if (home.isEmpty() || home.get().equals("Union européenne")) {
            return;
        }
        Actor first = missing.get(0);
        cast.replace(first, new Actor(first.name(), first.role(), home.get(), first.gender()));
        // The one other participant still without a country: the country the text names most
        // often (at least twice) that no participant holds (an Élysée call's 'l'Ukraine', 'les Ukrainiens').
        if (missing.size() == 2) {
            held.add(home.get());
            Actor other = missing.get(1);
            roles.mostNamedCountry(cache.tokensOfAll(paragraphs), held, 2).ifPresent(c ->
                    cast.replace(other, new Actor(other.name(), other.role(), c, other.gender())));
        }
    }

    /** {@code Président de la République} not followed by a complement or a demonym. */
    private static final Pattern UNQUALIFIED_PRESIDENT = Pattern.compile(
            "Président de la République(?!\\s*(?:de\\b|du\\b|d'|d’|des\\b))(\\s+\\p{L}+)?");

    /**
     * The publishing presidency's own head introduced as {@code le Président Emmanuel Macron}
     * whom the text then calls {@code le Président de la République}: that is the office as the
     * text gives it. Only for the one participant titled {@code Président} who holds the
     * publisher's country.
     */
    private void presidentOfTheRepublic(String all, Cast.Builder cast) {
        Matcher m = UNQUALIFIED_PRESIDENT.matcher(all);
        boolean unqualified = false;
        while (!unqualified && m.find()) {
            unqualified = m.group(1) == null || roles.countryOf(m.group(1).strip()).isEmpty();
        }
        if (!unqualified) {
            return;
        }
        Optional<String> home = roles.publisherCountry(all);
        if (home.isEmpty()) {
            return;
        }
        List<Actor> heads = cast.actors().stream()
                .filter(a -> a.role() != null && Folding.fold(a.role()).equals("président") && home.get().equals(a.country()))
                .toList();
        if (heads.size() == 1) {
            Actor a = heads.get(0);
            cast.replace(a, new Actor(a.name(), a.role() + " de la République", a.country(), a.gender()));
        }
    }

    /** The sentences of a release, each followed by a line break. */
    private static String allText(List<List<String>> paragraphs) {
        StringBuilder all = new StringBuilder();
        paragraphs.forEach(p -> p.forEach(s -> all.append(s).append('\n')));
        return all.toString();
    }

    private static List<List<String>> beforeFirstLabel(List<List<String>> paragraphs) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (!paragraphs.get(p).isEmpty() && TurnLabel.of(paragraphs.get(p).get(0)).isPresent()) {
                return paragraphs.subList(0, p);
            }
        }
        return paragraphs;
    }

    /** The speaker of a first-person text: front matter {@code speaker}, else the heading's person. */
    Optional<String> firstPersonSpeaker(List<List<String>> paragraphs, boolean heading, FrontMatter fm, Cast cast) {
        return firstPersonActor(paragraphs, heading, fm, cast, new SentenceCache(lexicon)).map(Actor::id);
    }

    private static final Pattern INTRODUCTION = Pattern.compile(
            "(?iU)(?:déclaration|message|propos|discours)\\s+suivante?s?|(?:a|ont)\\s+(?:déclaré|dit|fait savoir)\\s*:|:\\s*$");
    private static final Pattern SPOKESPERSON_OF = Pattern.compile(
            "(?iU)^(?:le\\s+|la\\s+)?porte-parole\\s+(?:du|de\\s+la|de\\s+l')\\s*(.+)$");

    /**
     * The one voice of a first-person text: front matter {@code speaker}, else the person the
     * heading names ({@code Déclaration de la ministre Joly sur …}, {@code Déclaration attribuable
     * au porte-parole du Secrétaire général António Guterres}), named by the full form the body
     * gives in its introduction ({@code L'honorable Mélanie Joly, ministre …, a fait la déclaration
     * suivante :}), with the office and country the heading or that introduction give. A
     * statement issued by someone's spokesperson speaks for the office holder, who is the voice.
     * Not first person when the body reports the heading's person in the third person.
     */
    Optional<Actor> firstPersonActor(List<List<String>> paragraphs, boolean heading, FrontMatter fm, Cast cast,
                                     SentenceCache cache) {
        if (fm.speaker() != null && !fm.speaker().isBlank()) {
            return cast.byName(fm.speaker().strip());
        }
        if (!heading || paragraphs.isEmpty()) {
            return Optional.empty();
        }
        String title = String.join(" ", paragraphs.get(0));
        Optional<NameSpan> n = headings.firstPersonSpeaker(title);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String name = n.get().name();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        Actor fuller = null;
        for (List<String> p : paragraphs.subList(1, paragraphs.size())) {
            for (String sentence : p) {
                if (!sentence.contains(surname)) {
                    continue;
                }
                if (!INTRODUCTION.matcher(sentence).find() && !isSignature(sentence)) {
                    return Optional.empty();
                }
                for (NameSpan m : names.find(sentence)) {
                    if (fuller == null && m.name().endsWith(surname) && m.name().contains(name)) {
                        RoleReader.Reading r = roles.read(sentence, m);
                        fuller = new Actor(m.name(), r.role(), r.country(), r.gender());
                    }
                }
            }
        }
        Actor actor = cast.byName(name).orElse(null);
        if (actor == null) {
            return Optional.empty();
        }
        RoleReader.Reading h = roles.read(title, n.get());
        if (h.role() != null) {
            Matcher spokes = SPOKESPERSON_OF.matcher(h.role());
            if (spokes.matches() && RoleReader.OFFICES.contains(Folding.fold(SPACES.split(spokes.group(1).strip())[0]))) {
                String office = spokes.group(1).strip();
                actor = new Actor(actor.name(), office, actor.country(), actor.gender());
            }
        }
        if (fuller != null) {
            Actor base = actor;
            actor = new Actor(fuller.name(), fuller.role() != null ? fuller.role() : base.role(),
                    fuller.country() != null ? fuller.country() : base.country(), fuller.gender().or(base.gender()));
        }
        if (actor.country() == null && (actor.role() == null || !INTERNATIONAL.matcher(actor.role()).find())) {
            Optional<String> home = roles.publisherCountry(allText(paragraphs)).or(() -> roles.datelineCountry(paragraphs))
                    .or(() -> roles.subjectCountry(paragraphs, Set.of(), cache))
                    .or(() -> roles.mostNamedCountry(cache.tokensOfAll(paragraphs), Set.of(), 2));
            if (home.isPresent()) {
                actor = new Actor(actor.name(), actor.role(), home.get(), actor.gender());
            }
        } else if (actor.role() != null && INTERNATIONAL.matcher(actor.role()).find() && actor.country() != null
                && cast.byName(name).map(a -> a.country() == null).orElse(true)) {
            actor = new Actor(actor.name(), actor.role(), null, actor.gender());
        }
        return Optional.of(actor);
    }

    /**
     * A signature line ({@code Jean-Noël Barrot, ministre de l'Europe et des Affaires
     * étrangères}): a name opening the sentence, followed by nothing or by an office apposition
     * only, no verb.
     */
    private boolean isSignature(String sentence) {
        String plain = Folding.plain(sentence).strip();
        List<NameSpan> found = names.find(plain);
        if (found.isEmpty() || found.get(0).start() > 4 || plain.length() > 200) {
            return false;
        }
        String rest = plain.substring(found.get(0).end()).strip();
        if (rest.isEmpty() || rest.equals(".")) {
            return true;
        }
        if (!rest.startsWith(",")) {
            return false;
        }
        String apposition = rest.substring(1).strip();
        String first = SPACES.split(apposition, 2)[0];
        return RoleReader.OFFICES.contains(Folding.fold(first)) && !lexicon.cues(Tokenizer.tokens(apposition)).stream()
                .findAny().isPresent();
    }

    private void framing(List<List<String>> paragraphs, boolean heading, Cast.Builder cast, List<Actor> headed,
                         Set<String> counterparts, boolean transcript, SentenceCache cache) {
        int firstBody = heading ? 1 : 0;
        for (int p = firstBody; p < paragraphs.size(); p++) {
            List<String> sentences = paragraphs.get(p);
            for (int s = 0; s < sentences.size(); s++) {
                if (s > 0 && p > firstBody + 1) {
                    break;
                }
                String sentence = sentences.get(s);
                List<String> ids = new ArrayList<>();
                if (p == firstBody && s == 0) {
                    leadSpeaker(sentence, cast, ids);
                }
                boolean event = cache.cues(sentence).stream()
                        .anyMatch(c -> c.type() == Cue.Type.EVENT && !SETTING_LEMMAS.contains(c.lemma())
                                && !(transcript && c.lemma().equals(ANNOUNCEMENT)));
                if (!event || ClauseReader.isEditorialMark(sentence)) {
                    if (!ids.isEmpty()) {
                        cast.meeting(p, ids);
                    }
                    continue;
                }
                List<NameSpan> found = names.find(sentence);
                for (NameSpan n : found) {
                    if (!mentionedOnly(sentence, n, false)) {
                        RoleReader.Reading r = roles.read(sentence, n);
                        Actor a = cast.add(new Actor(n.name(), r.role(), r.country(), r.gender()));
                        if (r.counterpart()) {
                            counterparts.add(a.id());
                        }
                        ids.add(a.id());
                    }
                }
                bindUnnamedSubject(sentence, found, cast, headed, ids);
                if (!ids.isEmpty()) {
                    cast.meeting(p, ids.stream().distinct().toList());
                }
            }
        }
    }

    /**
     * A news lead that opens with reported words ({@code « … », a déclaré vendredi le ministre
     * chinois des Affaires étrangères, Wang Yi, lors d'un entretien avec …}): the person the
     * attribution names takes part, with the office the attribution gives.
     */
    private void leadSpeaker(String sentence, Cast.Builder cast, List<String> ids) {
        Optional<ClauseReader.Attribution> t = clauses.trailing(sentence);
        if (t.isEmpty() || t.get().subject() == null) {
            return;
        }
        String subject = t.get().subject();
        String plain = Folding.plain(sentence);
        int offset = plain.length() - subject.length();
        if (offset < 0 || !plain.endsWith(subject)) {
            return;
        }
        names.find(subject).stream().filter(n -> n.from() < 80).findFirst().ifPresent(n -> {
            NameSpan inSentence = new NameSpan(n.start() + offset, n.end() + offset, n.name(), n.from() + offset, n.gender());
            ids.add(introduce(cast, sentence, inSentence).id());
        });
    }

    /**
     * {@code Le ministre … s'est entretenu avec son homologue chinois, M. Wang Yi}: the subject
     * is named only in the heading; the office given here completes that heading's person.
     */
    private void bindUnnamedSubject(String sentence, List<NameSpan> found, Cast.Builder cast, List<Actor> headed,
                                    List<String> ids) {
        String rest = sentence.substring(clauses.subjectStart(sentence));
        String f = Folding.fold(rest);
        if (!UNNAMED_OFFICE_HOLDER.matcher(f).matches()) {
            return;
        }
        if (!found.isEmpty() && rest.contains(found.get(0).name()) && rest.indexOf(found.get(0).name()) < 80) {
            return;
        }
        int end = rest.length();
        Matcher verb = AUXILIARY.matcher(rest);
        if (verb.find()) {
            end = verb.start();
        }
        String np = rest.substring(0, end);
        for (Actor h : headed) {
            Optional<Actor> current = cast.build().byName(h.name());
            if (current.isEmpty() || ids.contains(current.get().id()) || found.stream().anyMatch(n -> n.name().equals(h.name()))) {
                continue;
            }
            String role = roles.office(np);
            String country = roles.countryOf(np).map(Country::name).orElse(null);
            Gender g = Folding.fold(np).startsWith("la ") ? Gender.FEMININE : Gender.UNKNOWN;
            Actor merged = current.get().mergedWith(new Actor(h.name(), role, country, g));
            cast.replace(current.get(), merged);
            ids.add(0, merged.id());
            return;
        }
    }

    /** {@code son homologue X}: X holds the same office as the person met. */
    private void fillCounterparts(Cast.Builder cast, Set<String> counterparts) {
        List<Actor> all = cast.actors();
        for (Actor a : all) {
            if (a.role() == null && counterparts.contains(a.id())) {
                all.stream().filter(o -> o != a && o.role() != null).map(o -> counterpartOffice(o.role()))
                        .filter(Objects::nonNull).findFirst()
                        .ifPresent(role -> cast.replace(a, new Actor(a.name(), role, a.country(), a.gender())));
            }
        }
    }

    /**
     * The office a counterpart of someone holding {@code role} holds: the same one, or for a
     * national title of a foreign minister ({@code ministre de l'Europe et des Affaires
     * étrangères}) or an office held with others ({@code ministre d'État, ministre des Affaires
     * étrangères, de la Communauté nationale …}) the generic {@code ministre des Affaires étrangères}.
     */
    private String counterpartOffice(String role) {
        String f = Folding.fold(role);
        if (f.contains("ministre") && f.contains("affaires étrangères")) {
            return "ministre des Affaires étrangères";
        }
        return roles.isNationalOffice(role) ? null : role;
    }

    private Actor introduce(Cast.Builder cast, String sentence, NameSpan n) {
        RoleReader.Reading r = roles.read(sentence, n);
        return cast.add(new Actor(n.name(), r.role(), r.country(), r.gender()));
    }

    /**
     * Where the words closing {@code text} start: past its last char that is not a letter, an
     * apostrophe, a hyphen, a space or a line break (a surrogate counts as a letter). A
     * {@link #GENITIVE}, made of such chars up to the end, cannot start before.
     */
    private static int wordsAtEnd(String text) {
        int i = text.length();
        while (i > 0 && mayEndGenitive(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean mayEndGenitive(char c) {
        return Character.isLetter(c) || Character.isSurrogate(c) || c == '\'' || c == '-' || c == ' ' || c == '\t'
                || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** True when the name is a complement ({@code sous la direction du président X}), not a participant. */
    private static boolean mentionedOnly(String sentence, NameSpan n, boolean heading) {
        String prefix = Folding.plain(sentence.substring(Math.max(0, n.from() - 100), n.from()));
        Matcher m = GENITIVE.matcher(prefix);
        if (!m.find(wordsAtEnd(prefix))) {
            return false;
        }
        for (String w : SPACES.split(m.group(2).trim())) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !RoleReader.OFFICES.contains(Folding.fold(w))
                    && !w.equals("République")) {
                return false;
            }
        }
        String head = Folding.fold(m.group(1));
        if (RoleReader.OFFICES.contains(head) && !head.equals("membre") && m.group(2).trim().equals("République")) {
            return false; // "le Président de la République Emmanuel Macron": the office holder himself
        }
        return !EVENT_NOUNS.contains(head) && !(heading && !RoleReader.OFFICES.contains(head) && !head.equals("spécial")
                && !head.equals("spéciale"));
    }

    /** Without a framing sentence: the named people a sentence attributes words to. */
    private void reportedSpeakers(List<List<String>> paragraphs, Cast.Builder cast) {
        for (List<String> p : paragraphs) {
            for (String sentence : p) {
                Optional<ClauseReader.Attribution> t = clauses.trailing(sentence);
                if (t.isPresent() && t.get().subject() != null) {
                    String subject = t.get().subject();
                    names.find(subject).stream().filter(n -> n.from() < 80).findFirst()
                            .ifPresent(n -> introduce(cast, subject, n));
                    continue;
                }
                String rest = sentence.substring(clauses.subjectStart(sentence));
                List<Token> tokens = Tokenizer.tokens(rest);
                boolean reported = lexicon.cues(tokens).stream().anyMatch(c -> c.type() != Cue.Type.EVENT);
                if (reported) {
                    names.find(rest).stream().filter(n -> n.from() < 60 && isSubjectPosition(rest, n)).findFirst()
                            .ifPresent(n -> introduce(cast, rest, n));
                }
            }
        }
    }

    private static boolean isSubjectPosition(String rest, NameSpan n) {
        String before = Folding.fold(rest.substring(0, n.from())).trim();
        return before.isEmpty() || ARTICLE_AND_WORDS.matcher(before).matches() && !before.contains(" de ")
                && !before.contains(" du ");
    }

    private void labelledSpeakers(List<List<String>> paragraphs, Cast.Builder cast) {
        for (List<String> p : paragraphs) {
            if (p.isEmpty()) {
                continue;
            }
            TurnLabel.of(p.get(0)).filter(l -> l.role() == TurnLabel.Role.NAMED && !MEDIA.matcher(l.label()).matches())
                    .ifPresent(l -> names.find(l.label()).stream().findFirst()
                            .ifPresent(n -> cast.add(new Actor(n.name(), null, null, n.gender()))));
        }
    }

    /** True for a label naming a news organisation or a journalist. */
    static boolean isMediaLabel(String label) {
        return MEDIA.matcher(label).matches() || label.chars().allMatch(c -> Character.isUpperCase(c) || c == ' ')
                && label.length() <= 6;
    }
}
