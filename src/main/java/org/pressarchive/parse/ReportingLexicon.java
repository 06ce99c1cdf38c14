package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;


/**
 * Reporting verbs and phrases in every inflected form, loaded from
 * {@code reporting-lexicon.json}, with the {@link Cue.Type} each one signals. Immutable.
 */
public final class ReportingLexicon {

    private record Entry(Cue.Type type, String lemma) {
    }

    private static final Set<String> WITH_PARTNER = Set.of("échanger", "discuter");

    /**
     * The phrases as a tree of their words, so that the longest phrase at a token is found word
     * by word, without joining words into keys that mostly miss.
     */
    private static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private Entry entry;

        /** The node of {@code word} after this one, made when missing. */
        Node then(String word) {
            Node node = next.get(word);
            if (node == null) {
                node = new Node();
                next.put(word, node);
            }
            return node;
        }

        Node then(String[] words) {
            Node node = this;
            for (String w : words) {
                node = node.then(w);
            }
            return node;
        }

        /** Gives the phrase ending here its entry, unless it has one: the first listing wins. */
        void define(Entry e) {
            if (entry == null) {
                entry = e;
            }
        }
    }

    private final Set<String> attribution = new HashSet<>();
    /** The first word of every {@link #attribution} form ({@code fait} of {@code fait savoir}). */
    private final Set<String> attributionStarts = new HashSet<>();
    private final Node tree = new Node();

    private ReportingLexicon(Map<String, Object> root) {
        Map<String, String> keys = new HashMap<>(); // of each listed form, worked out once
        for (Cue.Type type : Cue.Type.values()) {
            Map<String, Object> group = DataFiles.object(root.get(type.name().toLowerCase(Locale.ROOT)));
            for (Map.Entry<String, Object> e : group.entrySet()) {
                Entry entry = new Entry(type, e.getKey());
                for (String form : DataFiles.strings(e.getValue())) {
                    String key = keys.computeIfAbsent(form, ReportingLexicon::key);
                    tree.then(key.split(" ", -1)).define(entry);
                }
            }
        }
        // The listed forms of a verb mostly inflect to the same phrases (every form of the verb, the
        // same rest): each set of phrases is added once for its lemma, and each verb conjugated once.
        Map<String, Conjugation> conjugations = new HashMap<>();
        for (Cue.Type type : List.of(Cue.Type.STATEMENT, Cue.Type.ACTION)) {
            Set<String> inflected = new HashSet<>();
            Map<String, Object> group = DataFiles.object(root.get(type.name().toLowerCase(Locale.ROOT)));
            for (Map.Entry<String, Object> e : group.entrySet()) {
                String lemma = e.getKey();
                String verb = verbOf(lemma);
                if (verb == null || AS_LISTED.contains(lemma)) {
                    continue; // recognised only in its listed forms
                }
                Entry entry = new Entry(type, lemma);
                for (String form : DataFiles.strings(e.getValue())) {
                    Inflection inflection = inflection(verb, keys.get(form), conjugations);
                    if (inflection != null && inflected.add(lemma + '|' + inflection.id())) {
                        inflection.define(tree, entry);
                    }
                }
            }
        }
        DataFiles.strings(root.get("attribution")).forEach(v -> attribution.add(key(v)));
        Set<String> more = new HashSet<>();
        for (String a : attribution) {
            if (!a.contains(" ")) {
                Node one = tree.next.get(a);
                Entry e = one == null ? null : one.entry;
                String verb = e == null ? null : verbOf(e.lemma());
                if (verb != null && conjugations.computeIfAbsent(verb, Conjugation::of).forms().contains(a)) {
                    for (String f : conjugations.get(verb).forms()) {
                        if (!f.equals(verb) && !NOT_GENERATED.contains(f) && isPast(f)) {
                            more.add(f);
                        }
                    }
                }
            }
        }
        attribution.addAll(more);
        for (String a : attribution) {
            int space = a.indexOf(' ');
            attributionStarts.add(space < 0 ? a : a.substring(0, space));
        }
    }

    /**
     * Generated forms that are nouns as often as verbs ({@code une demande}, {@code des échanges},
     * {@code une visite}): only the forms the data lists explicitly stand for the verb.
     */
    private static final Set<String> NOT_GENERATED = Set.of(
            "demande", "demandes", "annonce", "annonces", "notes", "partage", "partages", "échanges", "juge", "juges",
            "estime", "appel", "rapport", "signe", "visite", "rencontre", "rencontres", "présents", "conclus", "accord",
            "invites", "exposes", "soutiens", "regrets", "vise", "tiens", "dis", "fais", "mets", "vu", "su", "pu", "dû",
            "devant", "fait", "faite", "faits", "faites", "tenu", "tenue", "tenus", "tenues", "met", "mis", "mise", "mises",
            "mit", "dit", "dite", "dits", "dites", "cru", "prise", "pris", "venu", "venue", "croit", "peut", "doit", "sait", "voit");

    /**
     * Lemmas recognised only in their listed forms: modals and aspect verbs that are content only
     * in some tenses ({@code je voudrais vous remercier} is an act), and verbs whose other forms
     * are nouns or modifiers ({@code la mise en œuvre}, {@code un accord portant sur}).
     */
    private static final Set<String> AS_LISTED = Set.of(
            "vouloir", "entendre", "s'attendre", "viser", "continuer", "attacher", "valoriser", "œuvrer", "décider", "tenir à",
            "porter sur", "selon");

    /**
     * Generated forms that close a quotation: participles ({@code a jugé}, {@code avait conclu})
     * and the narrative imperfect ({@code expliquait}); a bare present after a comma is too often
     * the verb of the sentence itself ({@code Le Brésil, a-t-il dit, considère …}).
     */
    private static final List<String> PAST_ENDINGS = List.of(
            "é", "ée", "és", "ées", "u", "ue", "us", "i", "ie", "is", "it", "ait", "aient");

    private static boolean isPast(String form) {
        for (String ending : PAST_ENDINGS) {
            if (form.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Endings of a first-group verb's forms, to guess the verb of a form {@link Inflector} does not know. */
    private static final Set<String> GUESS_ENDINGS = Set.of(
            "é", "ée", "és", "ées", "e", "ent", "ant", "ait", "aient", "era", "eront");

    /** {@code word} with its longest ending of {@link #GUESS_ENDINGS} made {@code er}; as it is without one. */
    private static String guessInfinitive(String word) {
        for (int i = Math.max(0, word.length() - 5); i < word.length(); i++) {
            if (GUESS_ENDINGS.contains(word.substring(i))) {
                return word.substring(0, i) + "er";
            }
        }
        return word;
    }

    /** The verb a lemma is built on: {@code mettre l'accent} → {@code mettre}, {@code se dire} → {@code dire}. */
    private static String verbOf(String lemma) {
        String l = lemma.startsWith("s'") ? lemma.substring(2) : lemma.startsWith("se ") ? lemma.substring(3) : lemma;
        String v = l.split(" ")[0];
        return v.equals("être") || v.equals("selon") || v.equals("hautement") ? null : v;
    }

    /**
     * The forms of a verb ({@link Inflector}), with what {@link Inflection#define} asks of each
     * form, worked out once per verb: left out by its ending ({@code -es} but not a participle,
     * {@code -as}), a noun as often as a verb, elided before it ({@code s'}), a participle.
     */
    private record Conjugation(String verb, Set<String> forms, String[] form, boolean[] endingLeftOut,
                               boolean[] notGenerated, boolean[] vowel, boolean[] participle) {

        static Conjugation of(String verb) {
            Set<String> forms = Inflector.forms(verb);
            int n = forms.size();
            String[] form = forms.toArray(new String[0]);
            boolean[] endingLeftOut = new boolean[n];
            boolean[] notGenerated = new boolean[n];
            boolean[] vowel = new boolean[n];
            boolean[] participle = new boolean[n];
            for (int i = 0; i < n; i++) {
                String f = form[i];
                endingLeftOut[i] = f.endsWith("es") && !f.endsWith("ées") && !f.endsWith("ies") && !f.endsWith("ues")
                        && !f.endsWith("tes") && !f.endsWith("ses") || f.endsWith("as");
                notGenerated[i] = NOT_GENERATED.contains(f);
                vowel[i] = "aeiouéèêhâîô".indexOf(f.charAt(0)) >= 0;
                participle[i] = f.endsWith("é") || f.endsWith("ée") || f.endsWith("és") || f.endsWith("ées")
                        || f.endsWith("i") || f.endsWith("u") || f.endsWith("ue") || f.endsWith("us") || f.endsWith("it")
                        || f.endsWith("ite") || f.endsWith("its") || f.endsWith("ites") || f.endsWith("is");
            }
            return new Conjugation(verb, forms, form, endingLeftOut, notGenerated, vowel, participle);
        }
    }

    /**
     * How a listed form inflects: the forms of its verb (the lemma's, or the first word's own),
     * then the rest of the phrase (its words, and as written); reflexive or not.
     */
    private record Inflection(Conjugation verb, String[] tail, String rest, boolean reflexive) {

        /** What the phrases depend on. */
        String id() {
            return verb.verb() + '|' + rest + '|' + reflexive;
        }

        /**
         * Defines every inflection: the verb in each person and tense, the rest of the phrase kept;
         * a reflexive form also with {@code s'est}, {@code se sont}, {@code s'était}, {@code se
         * seront}… before the participle.
         */
        void define(Node tree, Entry entry) {
            boolean multi = tail.length > 0;
            String[] form = verb.form();
            for (int i = 0; i < form.length; i++) {
                if (verb.notGenerated()[i] && !multi && !reflexive || verb.endingLeftOut()[i]) {
                    continue;
                }
                String f = form[i];
                if (!reflexive) {
                    tree.then(f).then(tail).define(entry);
                    continue;
                }
                tree.then(verb.vowel()[i] ? "s'" : "se").then(f).then(tail).define(entry);
                if (verb.participle()[i]) {
                    for (String[] aux : REFLEXIVE_AUXILIARIES) {
                        tree.then(aux).then(f).then(tail).define(entry);
                    }
                }
            }
        }
    }

    private static final List<String[]> REFLEXIVE_AUXILIARIES = List.of(
            new String[] {"s'", "est"}, new String[] {"s'", "était"}, new String[] {"se", "sera"},
            new String[] {"se", "serait"}, new String[] {"se", "sont"}, new String[] {"s'", "étaient"},
            new String[] {"se", "seront"}, new String[] {"s'", "étant"});
    private static final Set<String> REFLEXIVE_PAST = Set.of("est", "sont", "était", "étaient");

    /**
     * The inflection of a listed form of a lemma built on {@code verb}, or null when it has none
     * (the form's verb is not one {@link Inflector} knows); {@code conjugations} keeps the forms of
     * every verb conjugated so far.
     */
    private static Inflection inflection(String verb, String form, Map<String, Conjugation> conjugations) {
        String[] words = form.split(" ");
        int at = 0;
        boolean reflexive = false;
        if (words[0].equals("s'") || words[0].equals("se")) {
            reflexive = true;
            at = 1;
            if (words.length > 2 && REFLEXIVE_PAST.contains(words[1])) {
                at = 2;
            }
        }
        if (at >= words.length) {
            return null;
        }
        String word = words[at];
        Conjugation conjugation = conjugations.computeIfAbsent(verb, Conjugation::of);
        if (!conjugation.forms().contains(word)) {
            String guess = guessInfinitive(word);
            if (!guess.endsWith("er") || guess.equals(word)) {
                return null;
            }
            conjugation = conjugations.computeIfAbsent(guess, Conjugation::of);
            if (!conjugation.forms().contains(word)) {
                return null;
            }
        }
        int restStart = 0;
        for (int k = 0; k <= at; k++) {
            restStart += words[k].length() + 1;
        }
        return new Inflection(conjugation, java.util.Arrays.copyOfRange(words, at + 1, words.length),
                restStart < form.length() ? form.substring(restStart) : "", reflexive);
    }

    static ReportingLexicon load() {
        return new ReportingLexicon(DataFiles.object(DataFiles.read("reporting-lexicon.json")));
    }

    private static String key(String text) {
        return Tokenizer.key(text);
    }

    /** Every cue of the token list, longest phrase first at each position, without overlaps. */
    List<Cue> cues(List<Token> tokens) {
        List<Cue> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Cue found = cueAt(tokens, i);
            if (found != null && found.type() == Cue.Type.ACTION && WITH_PARTNER.contains(found.lemma())
                    && withFollows(tokens, found.end())) {
                found = new Cue(Cue.Type.EVENT, "s'entretenir", found.start(), found.end());
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * {@code X a échangé … avec Y} frames a meeting or a call (event), where {@code les deux
     * parties ont échangé sur …} is an act (action).
     */
    private static boolean withFollows(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 14); k++) {
            String t = tokens.get(k).folded();
            if (t.equals("avec")) {
                return true;
            }
            if (t.equals("sur") || t.equals("vues") || t.equals("leurs") || t.equals("ses") || t.equals("des")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Words a reporting phrase may enclose without changing it: {@code a eu mercredi un entretien},
     * {@code a fait aujourd'hui la déclaration suivante}.
     */
    private static final Set<String> INSERTS = Set.of(
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "également",
            "aussi", "ensuite", "alors", "encore", "déjà");

    private static final Set<String> MONTHS = Set.of(
            "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre",
            "novembre", "décembre", "decembre");
    private static final Set<String> TIMES_OF_DAY = Set.of(
            "matin", "soir", "midi", "après-midi", "jour", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "week-end");

    /** {@code lundi après-midi}, {@code hier soir}: a part of the day after a day. */
    private static final Set<String> DAY_PARTS = Set.of("matin", "soir", "après-midi", "midi", "soirée", "matinée");

    /** The longest cue starting at token {@code i}, or null; a phrase may enclose {@link #INSERTS}. */
    Cue cueAt(List<Token> tokens, int i) {
        Node first = tree.next.get(tokens.get(i).folded());
        if (first == null) {
            return null; // no phrase starts with this word: the common case, answered at once
        }
        Cue plain = longest(tokens, i, first, false);
        Cue framed = longest(tokens, i, first, true);
        if (framed != null && framed.type() == Cue.Type.EVENT
                && (plain == null || framed.end() > plain.end() && plain.type() != Cue.Type.STATEMENT)) {
            return framed;
        }
        return plain;
    }

    /** The longest phrase whose first word, at {@code i}, leads to {@code first} in the tree. */
    private static Cue longest(List<Token> tokens, int i, Node first, boolean framing) {
        Node node = first;
        Entry found = node.entry;
        int end = i + 1;
        int k = i + 1;
        while (k < tokens.size()) {
            String word = tokens.get(k).folded();
            if (INSERTS.contains(word)) {
                k++;
                continue;
            }
            int skip = framing ? setting(tokens, k) : 0;
            if (skip > 0) {
                k += skip;
                continue;
            }
            node = node.next.get(word);
            if (node == null) {
                break;
            }
            if (node.entry != null) {
                found = node.entry;
                end = k + 1;
            }
            k++;
        }
        return found == null ? null : new Cue(found.type(), found.lemma(), i, end);
    }

    /**
     * The words of a setting an event phrase may enclose ({@code ont tenu mardi à Moscou des
     * consultations}, {@code a eu le 3 mars à Tokyo un entretien}, {@code ce samedi 1er mars 2025}):
     * a place after {@code à}/{@code au}/{@code en}, a date, {@code ce matin}; 0 when none starts at {@code k}.
     */
    private static int setting(List<Token> tokens, int k) {
        String w = tokens.get(k).folded();
        int size = tokens.size();
        if ((w.equals("à") || w.equals("au") || w.equals("en")) && k + 1 < size) {
            String next = tokens.get(k + 1).folded();
            if (next.equals("la") || next.equals("l'")) {
                return k + 2 < size ? 3 : 0;
            }
            return next.equals("un") || next.equals("une") || next.equals("des") ? 0 : 2;
        }
        if ((w.equals("ce") || w.equals("cet") || w.equals("cette")) && k + 1 < size
                && TIMES_OF_DAY.contains(tokens.get(k + 1).folded())) {
            return 2;
        }
        if (DAY_PARTS.contains(w) && k > 0 && (TIMES_OF_DAY.contains(tokens.get(k - 1).folded())
                || tokens.get(k - 1).folded().equals("hier"))) {
            return 1;
        }
        if (w.equals("le") && k + 2 < size && isDay(tokens.get(k + 1).folded()) && MONTHS.contains(tokens.get(k + 2).folded())) {
            return 3;
        }
        if (isDay(w) && k + 1 < size && MONTHS.contains(tokens.get(k + 1).folded())) {
            return 2;
        }
        if (w.length() == 4 && allDigits(w) && k > 0 && MONTHS.contains(tokens.get(k - 1).folded())) {
            return 1;
        }
        return 0;
    }

    private static boolean isDay(String w) {
        return w.equals("1er") || (w.length() == 1 || w.length() == 2) && allDigits(w);
    }

    /** True when every char is an ASCII digit (what {@code \\d} matches). */
    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True for a verb form that closes a quotation: {@code déclaré}, {@code ajoute}, {@code fait savoir}… */
    boolean isAttributionVerb(String folded) {
        return attribution.contains(folded);
    }

    /**
     * True for a folded word that an {@link #isAttributionVerb} form starts with: the one word of
     * {@code déclaré}, the {@code fait} of {@code fait savoir}.
     */
    boolean isAttributionVerbStart(String folded) {
        return attributionStarts.contains(folded);
    }
}
