package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reporting verbs and phrases in every inflected form, loaded from
 * {@code reporting-lexicon.json}, with the {@link Cue.Type} each one signals. Immutable.
 */
public final class ReportingLexicon {

    private record Entry(Cue.Type type, String lemma) {
    }

    private static final Set<String> WITH_PARTNER = Set.of("échanger", "discuter");

    private final Map<String, Entry> phrases = new HashMap<>();
    private final Set<String> attribution = new HashSet<>();
    private final int longest;

    private ReportingLexicon(JsonNode root) {
        int max = 1;
        for (Cue.Type type : Cue.Type.values()) {
            JsonNode group = root.get(type.name().toLowerCase(Locale.ROOT));
            for (Map.Entry<String, JsonNode> e : group.properties()) {
                for (JsonNode form : e.getValue()) {
                    String key = key(form.asString());
                    phrases.putIfAbsent(key, new Entry(type, e.getKey()));
                    max = Math.max(max, key.split(" ").length);
                }
            }
        }
        root.get("attribution").forEach(v -> attribution.add(key(v.asString())));
        this.longest = max;
    }

    static ReportingLexicon load(ObjectMapper mapper) {
        return new ReportingLexicon(DataFiles.read(mapper, "reporting-lexicon.json"));
    }

    private static String key(String text) {
        return Tokenizer.tokens(text).stream().map(Token::folded).collect(Collectors.joining(" "));
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

    /** The longest cue starting at token {@code i}, or null; a phrase may enclose {@link #INSERTS}. */
    Cue cueAt(List<Token> tokens, int i) {
        int[] at = new int[longest];
        int n = 0;
        for (int k = i; k < tokens.size() && n < longest; k++) {
            if (k > i && INSERTS.contains(tokens.get(k).folded())) {
                continue;
            }
            at[n++] = k;
        }
        for (int len = n; len >= 1; len--) {
            StringBuilder sb = new StringBuilder(tokens.get(at[0]).folded());
            for (int k = 1; k < len; k++) {
                sb.append(' ').append(tokens.get(at[k]).folded());
            }
            Entry e = phrases.get(sb.toString());
            if (e != null) {
                return new Cue(e.type(), e.lemma(), i, at[len - 1] + 1);
            }
        }
        return null;
    }

    /** True for a verb form that closes a quotation: {@code déclaré}, {@code ajoute}, {@code fait savoir}… */
    boolean isAttributionVerb(String folded) {
        return attribution.contains(folded);
    }
}
