package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the noun phrase a sentence's subject starts with to participants: names
 * ({@code M. Dupont}, {@code Dupont}), roles ({@code le ministre}, {@code le chef de la diplomatie
 * française}, {@code son homologue chinois}, {@code la porte-parole}), pronouns ({@code Il},
 * {@code Elle}, {@code ils}), sides and countries ({@code la partie kazakhe}, {@code le
 * Kazakhstan}) and joint voices ({@code les deux parties}). Stateless apart from its data.
 */
final class MentionResolver {

    /**
     * What earlier sentences tell: who spoke last, which meeting is under way, and the sentence
     * before (null at the start of a paragraph).
     */
    record Context(Cast cast, List<String> lastSubject, List<String> meeting, String previous) {
        Context(Cast cast, List<String> lastSubject, List<String> meeting) {
            this(cast, lastSubject, meeting, null);
        }

        /** True when the sentence before names a meeting participant other than the last subject; worked out when asked. */
        boolean otherMentioned() {
            return namesOther(previous, this);
        }
    }

    /**
     * {@code ce dernier}, {@code celui-ci}: the participant of the meeting mentioned last in the
     * previous sentence (by name, surname, or as {@code son homologue}/{@code son hôte} of the
     * subject), whoever its subject was; none when that sentence names no participant.
     */
    static Optional<String> lastMentioned(String previous, Gender gender, Context ctx) {
        if (previous == null) {
            return Optional.empty();
        }
        int best = -1;
        String id = null;
        for (String m : ctx.meeting()) {
            Optional<Actor> a = ctx.cast().byId(m);
            if (a.isEmpty() || !a.get().gender().admits(gender)) {
                continue;
            }
            String name = a.get().name();
            int at = lastWord(previous, name);
            int sp = name.lastIndexOf(' ');
            if (sp > 0) {
                at = Math.max(at, lastWord(previous, name.substring(sp + 1)));
            }
            if (at > best) {
                best = at;
                id = m;
            }
        }
        Matcher o = OTHER_PERSON.matcher(previous);
        int other = -1;
        while (o.find()) {
            other = o.start();
        }
        if (other > best && ctx.lastSubject().size() == 1) {
            List<String> rest = ctx.meeting().stream().filter(x -> !ctx.lastSubject().contains(x)).toList();
            if (rest.size() == 1) {
                return Optional.of(rest.get(0));
            }
        }
        return Optional.ofNullable(id);
    }

    /**
     * {@code X a salué le rôle de Singapour. Ce dernier a rappelé que Singapour …}: when the only
     * participant the previous sentence names is its own subject, a demonstrative that speaks of
     * the other participant's country first means that other participant (the writer switched
     * referent); otherwise {@code candidate}.
     */
    private String ownCountrySpeaker(String candidate, String f, Context ctx) {
        if (!ctx.lastSubject().equals(List.of(candidate))) {
            return candidate;
        }
        List<String> others = ctx.meeting().stream().filter(id -> !id.equals(candidate)).toList();
        if (others.size() != 1) {
            return candidate;
        }
        List<Token> tokens = Tokenizer.tokens(f.length() > 200 ? f.substring(0, 200) : f);
        for (int i = 1; i < tokens.size(); i++) {
            Optional<Gazetteer.Match> m = gazetteer.countryAt(tokens, i);
            String word = tokens.get(i).folded();
            Optional<Country> c = m.map(Gazetteer.Match::country).or(() -> gazetteer.byDemonym(word));
            if (c.isPresent()) {
                String other = others.get(0);
                boolean theirs = ctx.cast().byId(other).map(a -> c.get().name().equals(a.country())).orElse(false);
                return theirs ? other : candidate;
            }
        }
        return candidate;
    }

    /** Start of the last whole-word occurrence of {@code word} in {@code text}, or -1. */
    private static int lastWord(String text, String word) {
        int from = text.length();
        while (from >= 0) {
            int at = text.lastIndexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (left && right) {
                return at;
            }
            from = at - 1;
        }
        return -1;
    }

    /** {@code son homologue}, {@code son hôte}: the previous sentence names the other participant. */
    private static final Pattern OTHER_PERSON = Pattern.compile("(?iU)\\b(?:son|sa|leur)\\s+(?:homologue|hôte|interlocut\\p{L}*|invitée?)\\b");

    /** {@link #OTHER_PERSON} somewhere in {@code text}; the pattern runs only when one of its nouns is there. */
    private static boolean mentionsOtherPerson(String text) {
        return Folding.containsCaseless(text, "homologue", "hôte", "interlocut", "invit")
                && OTHER_PERSON.matcher(text).find();
    }

    /** True when {@code previous} names a meeting participant other than the last subject. */
    static boolean namesOther(String previous, Context ctx) {
        if (previous == null) {
            return false;
        }
        if (mentionsOtherPerson(previous)) {
            return true;
        }
        for (String id : ctx.meeting()) {
            if (!ctx.lastSubject().contains(id)) {
                Optional<Actor> a = ctx.cast().byId(id);
                if (a.isPresent() && previous.contains(a.get().name().substring(a.get().name().lastIndexOf(' ') + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern JOINT = Pattern.compile(
            "(?U)^(?:les\\s+deux\\s+(?:parties|ministres|chefs\\s+d'état|chefs\\s+d'etat|dirigeants|dirigeantes|présidents|hommes|femmes|"
                    + "pays|côtés|responsables|premiers\\s+ministres|chefs\\s+de\\s+la\\s+diplomatie|chefs\\s+de\\s+gouvernement|"
                    + "délégations|gouvernements|camps|interlocuteurs|homologues|chefs\\s+de\\s+délégation|personnalités)"
                    + "|les\\s+ministres|les\\s+parties|les\\s+dirigeants|les\\s+deux\\s+\\p{L}+|tous\\s+(?:deux|les\\s+deux)|toutes\\s+deux"
                    + "|l'un\\s+et\\s+l'autre)\\b");
    /** {@code Les entretiens ont porté sur …}: the talks of the meeting stand for its participants. */
    private static final Pattern TALKS = Pattern.compile(
            "(?U)^(?:les\\s+(?:entretiens|discussions|échanges|pourparlers|consultations|conversations|travaux|deux\\s+responsables)"
                    + "(?:\\s+\\p{L}+){0,3}?\\s+ont|l'(?:entretien|échange|audience|entrevue)(?:\\s+\\p{L}+){0,3}?\\s+a|la\\s+(?:rencontre|réunion|conversation|discussion)(?:\\s+\\p{L}+){0,3}?\\s+a)\\s+(?:également\\s+|aussi\\s+|notamment\\s+|essentiellement\\s+)?porté\\s+sur\\b");
    /** Words then {@code et}: a second subject follows; read by hand by {@link #coordinationEnd}. */
    static final Pattern COORDINATION = Pattern.compile(
            "(?U)^(?:(?!(?:a|ont|est|sont|avait|avaient|s'est|se|ne|n'|qui|que|qu')\\s)[^\\s,;:]+\\s+){1,9}?et\\s+");
    private static final Pattern WEAK_JOINT = Pattern.compile(
            "(?U)^les\\s+deux\\s+(?:pays|peuples|nations|économies|sociétés|régions|continents)\\b");
    private static final Set<String> TITLE_FILLERS = Set.of("de", "la", "l'", "d'", "diplomatie", "d'état", "état");
    /** {@code Il a été convenu que …}: an impersonal report of what the meeting agreed, a joint voice. */
    private static final Pattern IMPERSONAL_JOINT = Pattern.compile(
            "(?U)^il\\s+(?:a\\s+été|avait\\s+été|est|était)\\s+(?:également\\s+|en\\s+outre\\s+|par\\s+ailleurs\\s+)?"
                    + "(?:convenu|décidé|entendu|arrêté|résolu|acté|souligné|rappelé|noté|réaffirmé|constaté|reconnu)\\b");
    /** {@code Il faut …}, {@code Il est important …}: an impersonal {@code il} that names nobody. */
    private static final Pattern IMPERSONAL = Pattern.compile(
            "(?U)^il\\s+(?:faut|fallait|faudra|convient|importe|s'agit|y\\s+a|y\\s+avait|"
                    + "est\\s+(?:nécessaire|important|essentiel|urgent|indispensable|crucial|temps|clair|évident|possible|impératif|primordial)\\b)");
    /** {@code le président finlandais a interrogé Xi Jinping}: a verb before the name makes it an object. */
    private static final Pattern VERB_BEFORE_NAME = Pattern.compile(
            "(?U)(?:^|\\s)(?:a|ont|est|sont|avait|avaient|s'est|se\\s+sont|a-t-il|a-t-elle)(?:\\s|$)");
    private static final Pattern PLURAL_PRONOUN = Pattern.compile("(?U)^(?:ils|elles)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?U)^(il|elle|lui|celui-ci|celle-ci|ce\\s+dernier|cette\\s+dernière)\\b");
    private static final Pattern SIDE = Pattern.compile(
            "(?U)^(?:la|le|les|l')\\s*(?:partie|côté|délégation|gouvernement|camp|diplomatie|autorités|pays)\\s+([\\p{L}-]+)");
    private static final Pattern COUNTERPART = Pattern.compile("(?U)^(?:son|sa|leur)\\s+homologue(?:\\s+([\\p{L}-]+))?");
    private static final Pattern ROLE = Pattern.compile(
            "(?U)^(?:le|la|l')\\s*(?:(?:nouveau|nouvelle|nouvel)\\s+)?((?:premier\\s+|première\\s+|vice-)?(?:ministre|président|présidente|"
                    + "porte-parole|chef\\s+de\\s+la\\s+diplomatie|cheffe\\s+de\\s+la\\s+diplomatie|chef|cheffe|secrétaire|chancelier|chancelière|roi|reine|émir|prince|"
                    + "ambassadeur|ambassadrice|haut\\s+représentant|haute\\s+représentante|envoyé|envoyée|commissaire|directeur|directrice|"
                    + "représentant|représentante|conseiller|conseillère|haut\\s+responsable|haute\\s+responsable|haut\\s+fonctionnaire|"
                    + "diplomate|responsable|dirigeant|dirigeante))\\b([^,;:]{0,80})");

    /** {@code le chef de l'État chinois}, {@code le dirigeant serbe}: any leader of that country. */
    /** {@code le chef de l'État} with no country after it. */
    private static final Pattern HEAD_OF_STATE = Pattern.compile("(?U)chef(?:fe)?\\s+de\\s+l['’]\\s*état(?!\\p{L})");
    private static final Pattern LEADER = Pattern.compile(
            "(?U)chef|cheffe|dirigeant|dirigeante|responsable|haut responsable|haute responsable|haut fonctionnaire|diplomate");

    /** Offices in the masculine form: {@code le Président} is not {@code la Présidente du Conseil}. */
    private static final Pattern MASCULINE_OFFICE = Pattern.compile(
            "(?U)(?:vice-)?président|premier ministre|chancelier|ambassadeur|directeur|conseiller|représentant|dirigeant|envoyé");

    private static final Pattern ARTICLE_FIRST = Pattern.compile("(?:le|la|l')\\s*.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Gazetteer gazetteer;
    private final NameFinder names;

    MentionResolver(Gazetteer gazetteer, NameFinder names) {
        this.gazetteer = gazetteer;
        this.names = names;
    }

    /**
     * True for a joint subject that, inside someone's reported words, is content rather than a
     * joint voice: {@code Les deux pays doivent …}.
     */
    static boolean isWeakJoint(String text) {
        return isWeakJoint(Phrase.of(text));
    }

    /** {@link #isWeakJoint(String)} of a phrase. */
    static boolean isWeakJoint(Phrase phrase) {
        String f = phrase.folded();
        return f.startsWith("les") && WEAK_JOINT.matcher(f).lookingAt();
    }

    /** True for a joint subject: {@code les deux parties}, {@code les ministres}, {@code ils}. */
    static boolean isJoint(String text) {
        return isJoint(Phrase.of(text));
    }

    /** {@link #isJoint(String)} of a phrase. */
    static boolean isJoint(Phrase phrase) {
        String f = phrase.folded();
        return JOINT.matcher(f).lookingAt() || PLURAL_PRONOUN.matcher(f).lookingAt();
    }

    /**
     * A text as the resolver reads it: {@link Folding#plain} without leading white space, and
     * the {@link Folding#fold} of that; worked out once for the several questions asked of it.
     */
    record Phrase(String plain, String folded) {
        static Phrase of(String text) {
            return ofPlain(Folding.plain(text));
        }

        /** The phrase of a text whose {@link Folding#plain} is {@code plain}. */
        static Phrase ofPlain(String plain) {
            String p = plain.stripLeading();
            return new Phrase(p, Folding.fold(p));
        }
    }

    /** Resolves the noun phrase at the start of {@code text}. */
    Reference resolve(String text, Context ctx) {
        return resolve(Phrase.of(text), ctx);
    }

    /** {@link #resolve(String, Context)} of a phrase. */
    Reference resolve(Phrase phrase, Context ctx) {
        String plain = phrase.plain();
        String f = phrase.folded();
        Cast cast = ctx.cast();
        // Each pattern below starts with its own letters (les…, tous…, ils, il…, son…): a pattern
        // runs only when the text starts with one of its first letters.
        char c0 = f.isEmpty() ? '\0' : f.charAt(0);
        boolean l = c0 == 'l';
        boolean i = c0 == 'i';
        if ((l || c0 == 't') && JOINT.matcher(f).lookingAt() || (i || c0 == 'e') && PLURAL_PRONOUN.matcher(f).lookingAt()
                || l && TALKS.matcher(f).lookingAt()) {
            return Reference.of(ctx.meeting());
        }
        if (i && IMPERSONAL_JOINT.matcher(f).lookingAt()) {
            return Reference.of(ctx.meeting());
        }
        if (i && IMPERSONAL.matcher(f).lookingAt()) {
            return Reference.none();
        }
        Matcher p = PRONOUN.matcher(f);
        boolean pronoun = (i || c0 == 'e' || l || c0 == 'c') && p.lookingAt();
        if (pronoun && (p.group(1).startsWith("ce") || p.group(1).startsWith("celle"))) {
            Optional<String> last = lastMentioned(ctx.previous(), p.group(1).contains("tte") || p.group(1).startsWith("celle")
                    ? Gender.FEMININE : Gender.MASCULINE, ctx);
            if (last.isPresent()) {
                return Reference.of(List.of(ownCountrySpeaker(last.get(), f, ctx)));
            }
        }
        if (pronoun && (p.group(1).startsWith("ce") || p.group(1).startsWith("celle")) && ctx.otherMentioned()) {
            Reference other = lastOther(p.group(1).contains("tte") || p.group(1).startsWith("celle")
                    ? Gender.FEMININE : Gender.MASCULINE, ctx);
            if (other.resolved()) {
                return other;
            }
        }
        if (pronoun) {
            return pronoun(p.group(1).startsWith("el") || p.group(1).startsWith("ce") && p.group(1).contains("tte")
                    ? Gender.FEMININE : Gender.MASCULINE, ctx);
        }
        Reference named = leadingName(plain, f, ctx);
        if (named != null) {
            return withCoordinate(named, plain, f, ctx);
        }
        Matcher side = SIDE.matcher(f);
        if (l && side.lookingAt()) {
            Optional<Country> c = gazetteer.byDemonym(side.group(1));
            if (c.isPresent()) {
                return withCoordinate(side(c.get(), ctx), plain, f, ctx);
            }
        }
        Optional<Country> country = countryAtStart(f);
        if (country.isPresent()) {
            return withCoordinate(side(country.get(), ctx), plain, f, ctx);
        }
        Matcher cp = COUNTERPART.matcher(f);
        if ((l || c0 == 's') && cp.lookingAt()) {
            return counterpart(cp.group(1), ctx);
        }
        Matcher role = ROLE.matcher(f);
        if (l && role.lookingAt()) {
            return withCoordinate(role(role.group(1), role.group(2), f.startsWith("la "), ctx), plain, f, ctx);
        }
        return Reference.none();
    }

    /** True when {@code text} starts with a country or a side ({@code la partie kazakhe}, {@code La Chine et la Norvège}). */
    boolean startsWithCountry(String text) {
        return startsWithCountry(Phrase.of(text));
    }

    /** {@link #startsWithCountry(String)} of a phrase. */
    boolean startsWithCountry(Phrase phrase) {
        String f = phrase.folded();
        Matcher side = SIDE.matcher(f);
        if (side.lookingAt() && gazetteer.byDemonym(side.group(1)).isPresent()) {
            return true;
        }
        return countryAtStart(f).isPresent();
    }

    /** Resolves a pronoun of {@code gender} to the last subject, or the last compatible participant. */
    Reference pronoun(Gender gender, Context ctx) {
        List<String> compatible = new ArrayList<>();
        for (String id : ctx.lastSubject()) {
            ctx.cast().byId(id).filter(a -> a.gender().admits(gender)).ifPresent(a -> compatible.add(id));
        }
        if (!compatible.isEmpty() && compatible.size() == ctx.lastSubject().size() && compatible.size() == 1) {
            return Reference.of(compatible);
        }
        List<Actor> candidates = ctx.cast().actors().stream()
                .filter(a -> ctx.meeting().contains(a.id()) && a.gender() == gender).toList();
        if (candidates.size() == 1) {
            return Reference.of(List.of(candidates.get(0).id()));
        }
        if (!compatible.isEmpty()) {
            return Reference.of(List.of(compatible.get(0)));
        }
        return Reference.none();
    }

    /**
     * {@code Celui-ci}, {@code ce dernier} right after a sentence that names the other
     * participant ({@code … a invité son hôte …}): that person, not the current subject.
     */
    private Reference lastOther(Gender gender, Context ctx) {
        if (ctx.lastSubject().isEmpty() || ctx.lastSubject().size() > 1) {
            return Reference.none();
        }
        List<String> others = ctx.meeting().stream().filter(id -> !ctx.lastSubject().contains(id))
                .filter(id -> ctx.cast().byId(id).map(a -> a.gender().admits(gender)).orElse(false)).toList();
        return others.size() == 1 ? Reference.of(others) : Reference.none();
    }

    private Reference leadingName(String plain, String f, Context ctx) {
        String head = plain.length() > 160 ? plain.substring(0, 160) : plain;
        // Only the first name counts, and not after a comma: names are looked for up to the first
        // comma (kept, as the context of a name just before it), which no name spans.
        int comma = head.indexOf(',');
        NameSpan n = names.first(comma < 0 ? head : head.substring(0, comma + 1));
        if (n != null) {
            String before = Folding.fold(head.substring(0, n.from())).trim();
            boolean subject = (before.isEmpty() || ROLE.matcher(before).lookingAt() || ARTICLE_FIRST.matcher(before).matches())
                    && !before.contains(",") && words(before) <= 10 && !VERB_BEFORE_NAME.matcher(before).find();
            if (subject) {
                Optional<Actor> a = ctx.cast().byName(n.name());
                return a.map(actor -> Reference.of(List.of(actor.id()))).orElse(Reference.other());
            }
        }
        Optional<Actor> titled = titledSurname(plain, ctx.cast());
        if (titled.isPresent()) {
            return Reference.of(List.of(titled.get().id()));
        }
        String first = firstWord(plain);
        if (!first.isEmpty() && Character.isUpperCase(first.charAt(0))) {
            Optional<Actor> a = ctx.cast().byName(first);
            if (a.isPresent()) {
                return Reference.of(List.of(a.get().id()));
            }
        }
        return null;
    }

    /** {@code text.split("[\\s,]+", 2)[0]}: the text up to its first white space ({@code \\s}, no Unicode flag) or comma. */
    private static String firstWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /**
     * {@code SPACES.split(trimmed).length} of a trimmed text (so with no white space at either
     * end): one more than its runs of white space ({@code \\s}, no Unicode flag).
     */
    private static int words(String trimmed) {
        int words = 1;
        boolean space = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean s = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (s && !space) {
                words++;
            }
            space = s;
        }
        return words;
    }

    /**
     * {@code le président Tshisekedi}, {@code Le Président Poutine}, {@code la ministre mexicaine
     * Bárcena}: an office (and demonym) followed by a surname the cast knows.
     */
    private Optional<Actor> titledSurname(String plain, Cast cast) {
        List<Token> tokens = Tokenizer.tokens(plain.length() > 120 ? plain.substring(0, 120) : plain);
        int i = 0;
        if (!tokens.isEmpty() && Set.of("le", "la", "l'").contains(tokens.get(0).folded())) {
            i = 1;
        }
        int offices = 0;
        while (i < tokens.size() && i < 8) {
            String t = tokens.get(i).folded();
            if (RoleReader.OFFICES.contains(t)) {
                offices++;
            } else if (offices == 0 || gazetteer.byDemonym(t).isEmpty() && !TITLE_FILLERS.contains(t)) {
                break;
            }
            i++;
        }
        if (offices == 0 || i >= tokens.size()) {
            return Optional.empty();
        }
        Token next = tokens.get(i);
        String word = plain.substring(next.start(), next.end());
        if (!Character.isUpperCase(word.charAt(0)) || plain.substring(tokens.get(i - 1).end(), next.start()).contains(",")) {
            return Optional.empty();
        }
        return cast.byName(word);
    }

    /** {@code X et Y}: both subjects speak together. */
    private Reference withCoordinate(Reference first, String plain, String f, Context ctx) {
        if (!first.resolved()) {
            return first;
        }
        int end = coordinationEnd(f);
        if (end < 0) {
            return first;
        }
        String rest = plain.substring(end);
        Reference second = resolveSimple(rest, ctx);
        if (!second.resolved()) {
            return first;
        }
        Set<String> ids = new LinkedHashSet<>(first.ids());
        ids.addAll(second.ids());
        return Reference.of(List.copyOf(ids));
    }

    /** Words that end a subject before {@code et}: {@link #COORDINATION} reads no word that starts with one and white space. */
    private static final String[] COORDINATION_STOPS = {"a", "ont", "est", "sont", "avait", "avaient", "s'est", "se", "ne",
        "n'", "qui", "que", "qu'"};

    /**
     * Where a {@link #COORDINATION} match at the start of {@code f} ends, or -1, read by hand (the
     * pattern was a tenth of the resolver's time). Its words are maximal runs of chars other than
     * white space ({@code \\s} with the Unicode flag) and {@code ,;:}, each followed by white
     * space, so it has one way to read them: one to nine words, none starting with a stop word and
     * white space, then {@code et} and white space, taken as soon as it comes.
     */
    static int coordinationEnd(String f) {
        int n = f.length();
        int i = 0;
        for (int words = 0; words < 9; words++) {
            if (startsWithStop(f, i)) {
                return -1;
            }
            int j = i;
            while (j < n && !isWhiteSpace(f.charAt(j)) && f.charAt(j) != ',' && f.charAt(j) != ';' && f.charAt(j) != ':') {
                j++;
            }
            if (j == i || j == n || !isWhiteSpace(f.charAt(j))) {
                return -1;
            }
            i = skipWhiteSpace(f, j);
            if (f.startsWith("et", i) && i + 2 < n && isWhiteSpace(f.charAt(i + 2))) {
                return skipWhiteSpace(f, i + 2);
            }
        }
        return -1;
    }

    private static boolean startsWithStop(String f, int i) {
        for (String stop : COORDINATION_STOPS) {
            int end = i + stop.length();
            if (f.startsWith(stop, i) && end < f.length() && isWhiteSpace(f.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    private static int skipWhiteSpace(String f, int from) {
        int i = from;
        while (i < f.length() && isWhiteSpace(f.charAt(i))) {
            i++;
        }
        return i;
    }

    /** What {@code \\s} matches with the Unicode flag: the White_Space property. */
    static boolean isWhiteSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r';
        }
        if (c == '\u0085') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private Reference resolveSimple(String text, Context ctx) {
        String plain = Folding.plain(text).stripLeading();
        String f = Folding.fold(plain);
        Reference named = leadingName(plain, f, ctx);
        if (named != null) {
            return named;
        }
        Matcher side = SIDE.matcher(f);
        if (side.lookingAt()) {
            return gazetteer.byDemonym(side.group(1)).map(c -> side(c, ctx)).orElse(Reference.none());
        }
        Optional<Country> c = countryAtStart(f);
        if (c.isPresent()) {
            return side(c.get(), ctx);
        }
        Matcher cp = COUNTERPART.matcher(f);
        if (cp.lookingAt()) {
            return counterpart(cp.group(1), ctx);
        }
        Matcher role = ROLE.matcher(f);
        return role.lookingAt() ? role(role.group(1), role.group(2), f.startsWith("la "), ctx) : Reference.none();
    }

    private Optional<Country> countryAtStart(String f) {
        List<Token> tokens = Tokenizer.tokens(f.length() > 80 ? f.substring(0, 80) : f);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        int i = Set.of("la", "le", "les", "l'").contains(tokens.get(0).folded()) ? 1 : 0;
        return gazetteer.countryAt(tokens, i).map(Gazetteer.Match::country)
                .or(() -> i == 0 ? gazetteer.city(tokens.get(0).folded()).flatMap(this::countryOfCapital) : Optional.empty());
    }

    private Optional<Country> countryOfCapital(String city) {
        return gazetteer.countries().stream().filter(c -> c.capitals().contains(city)).findFirst();
    }

    /** The participant leading a country's side; all of them when several share it. */
    Reference side(Country country, Context ctx) {
        List<Actor> of = ctx.cast().byCountry(country.name()).stream()
                .filter(a -> ctx.meeting().contains(a.id())).toList();
        if (of.isEmpty()) {
            of = ctx.cast().byCountry(country.name());
        }
        if (!of.isEmpty()) {
            return Reference.of(of.stream().map(Actor::id).toList());
        }
        List<Actor> unknown = ctx.cast().actors().stream()
                .filter(a -> a.country() == null && ctx.meeting().contains(a.id())).toList();
        return unknown.size() == 1 ? Reference.of(List.of(unknown.get(0).id())) : Reference.none();
    }

    private Reference counterpart(String demonym, Context ctx) {
        if (demonym != null) {
            Optional<Country> c = gazetteer.byDemonym(demonym);
            if (c.isPresent()) {
                Reference r = side(c.get(), ctx);
                if (r.resolved()) {
                    return r;
                }
            }
        }
        List<String> others = ctx.meeting().stream().filter(id -> !ctx.lastSubject().contains(id)).toList();
        return others.size() == 1 ? Reference.of(others) : Reference.none();
    }

    private Reference role(String office, String rest, boolean feminine, Context ctx) {
        String officeWord = SPACES.matcher(office).replaceAll(" ");
        Optional<Country> country = countryOfRole(rest);
        if (country.isEmpty() && HEAD_OF_STATE.matcher(Folding.fold(officeWord + " " + rest).trim()).lookingAt()) {
            // "le chef de l'État", unqualified: the publisher's own "Président de la République"
            List<Actor> heads = ctx.cast().actors().stream().filter(a -> ctx.meeting().contains(a.id())
                    && a.role() != null && Folding.fold(a.role()).equals("président de la république")).toList();
            if (heads.size() == 1) {
                return Reference.of(List.of(heads.get(0).id()));
            }
        }
        if (country.isEmpty()) {
            Optional<String> seat = gazetteer.countryOfOffice(officeWord + rest);
            if (seat.isPresent()) {
                List<Actor> holders = ctx.cast().actors().stream()
                        .filter(a -> ctx.meeting().contains(a.id()) && seat.get().equals(a.country())).toList();
                if (holders.size() == 1) {
                    return Reference.of(List.of(holders.get(0).id()));
                }
            }
        }
        List<Actor> candidates = roleCandidates(officeWord, country, feminine, ctx, false);
        if (candidates.isEmpty() && country.isPresent()) {
            candidates = roleCandidates(officeWord, country, feminine, ctx, true);
        }
        if (!feminine && MASCULINE_OFFICE.matcher(officeWord).matches()) {
            List<Actor> men = candidates.stream().filter(a -> a.gender() != Gender.FEMININE).toList();
            if (!men.isEmpty()) {
                candidates = men;
            }
        }
        if (candidates.size() > 1) {
            candidates = byFullerOffice(officeWord, rest, candidates);
        }
        if (candidates.size() == 1) {
            return Reference.of(List.of(candidates.get(0).id()));
        }
        for (Actor a : candidates) {
            if (ctx.lastSubject().contains(a.id())) {
                return Reference.of(List.of(a.id()));
            }
        }
        return candidates.isEmpty() ? Reference.other() : Reference.of(List.of(candidates.get(0).id()));
    }

    private static final Set<String> OFFICE_STOPS = Set.of(
            "et", "a", "ont", "est", "sont", "s'est", "se", "avait", "avaient", "qui", "a-t-il", "a-t-elle");

    /**
     * {@code la Présidente du Conseil} among a {@code Président de la République} and a
     * {@code Présidente du Conseil des ministres}: the candidates whose office continues with the
     * words after the office word, when that narrows them; otherwise all of them.
     */
    private static List<Actor> byFullerOffice(String officeWord, String rest, List<Actor> candidates) {
        List<Token> tokens = Tokenizer.tokens(rest.length() > 80 ? rest.substring(0, 80) : rest);
        StringBuilder phrase = new StringBuilder(norm(officeWord));
        List<Actor> best = candidates;
        for (int i = 0; i < tokens.size() && i < 4; i++) {
            String t = tokens.get(i).folded();
            if (OFFICE_STOPS.contains(t)) {
                break;
            }
            phrase.append(' ').append(t);
            String p = phrase.toString();
            List<Actor> narrowed = candidates.stream()
                    .filter(a -> a.role() != null && norm(Folding.fold(a.role())).contains(p)).toList();
            if (narrowed.isEmpty()) {
                break;
            }
            best = narrowed;
        }
        return best;
    }

    private static String norm(String office) {
        return office.replace("présidente", "président").replace("l' ", "l'").replace("d' ", "d'");
    }

    /** The country right after an office: {@code chinois}, {@code de la diplomatie française}, {@code du Kazakhstan}. */
    private Optional<Country> countryOfRole(String rest) {
        List<Token> tokens = Tokenizer.tokens(rest);
        int limit = Math.min(tokens.size(), 6);
        for (int i = 0; i < limit; i++) {
            String t = tokens.get(i).folded();
            Optional<Country> d = gazetteer.byDemonym(t);
            if (d.isPresent()) {
                return d;
            }
            if (Set.of("du", "de", "d'", "des").contains(t) || t.equals("la") && i > 0 || t.equals("l'") && i > 0) {
                Optional<Gazetteer.Match> m = gazetteer.countryAt(tokens, i + 1);
                if (m.isEmpty() && i + 2 < tokens.size()) {
                    m = gazetteer.countryAt(tokens, i + 2);
                }
                if (m.isPresent()) {
                    return Optional.of(m.get().country());
                }
                continue;
            }
            if (!Set.of("affaires", "étrangères", "diplomatie", "la", "l'", "et", "général", "d'état", "état").contains(t)) {
                break;
            }
        }
        return Optional.empty();
    }

    private List<Actor> roleCandidates(String officeWord, Optional<Country> country, boolean feminine, Context ctx,
                                       boolean countryUnknown) {
        List<Actor> candidates = new ArrayList<>();
        for (Actor a : ctx.cast().actors()) {
            if (!ctx.meeting().contains(a.id())) {
                continue;
            }
            if (country.isPresent() && !(countryUnknown ? a.country() == null : country.get().name().equals(a.country()))) {
                continue;
            }
            if (feminine && a.gender() == Gender.MASCULINE) {
                continue;
            }
            if (country.isPresent() && LEADER.matcher(officeWord).matches()
                    || officeWord.startsWith("chef de la diplomatie") || officeWord.startsWith("cheffe de la diplomatie") || a.role() == null
                    || Folding.fold(a.role()).contains(officeWord.replace("présidente", "présid"))
                    || officeWord.startsWith("présid") && Folding.fold(a.role()).contains("présid")) {
                candidates.add(a);
            }
        }
        return candidates;
    }
}
