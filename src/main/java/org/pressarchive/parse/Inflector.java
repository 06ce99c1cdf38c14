package org.pressarchive.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inflected forms of a French verb, so that the reporting lexicon lists a verb once and
 * recognises it in every person, tense and agreement ({@code déclare}, {@code déclarera},
 * {@code avait déclaré}, {@code déclarant}, {@code déclarée}…). Regular verbs in {@code -er}
 * (with their spelling changes: {@code annonçant}, {@code partageant}, {@code espère},
 * {@code appelle}, {@code rejette}) and {@code -ir} (second group) are conjugated by rule;
 * the irregular verbs of reporting are conjugated from their stems below, also with prefixes
 * ({@code soutenir}, {@code convenir}, {@code reconnaître}, {@code promettre}). Second-person
 * singular forms are left out: press texts never use them, and several are nouns
 * ({@code échanges}, {@code demandes}). Stateless.
 */
final class Inflector {

    private Inflector() {
    }

    /**
     * Irregular verbs by their last part: present (je, il, nous, ils), imperfect stem, future
     * stem, passé simple (il, ils), past participle (masculine), present participle.
     */
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("dire", new String[] {"dis", "dit", "disons", "disent", "dis", "dir", "dit", "dirent", "dit", "disant"}),
            Map.entry("faire", new String[] {"fais", "fait", "faisons", "font", "fais", "fer", "fit", "firent", "fait", "faisant"}),
            Map.entry("mettre", new String[] {"mets", "met", "mettons", "mettent", "mett", "mettr", "mit", "mirent", "mis", "mettant"}),
            Map.entry("tenir", new String[] {"tiens", "tient", "tenons", "tiennent", "ten", "tiendr", "tint", "tinrent", "tenu", "tenant"}),
            Map.entry("venir", new String[] {"viens", "vient", "venons", "viennent", "ven", "viendr", "vint", "vinrent", "venu", "venant"}),
            Map.entry("prendre", new String[] {"prends", "prend", "prenons", "prennent", "pren", "prendr", "prit", "prirent", "pris", "prenant"}),
            Map.entry("suivre", new String[] {"suis", "suit", "suivons", "suivent", "suiv", "suivr", "suivit", "suivirent", "suivi", "suivant"}),
            Map.entry("conclure", new String[] {"conclus", "conclut", "concluons", "concluent", "conclu", "conclur", "conclut", "conclurent", "conclu", "concluant"}),
            Map.entry("naître", new String[] {"nais", "naît", "naissons", "naissent", "naiss", "naîtr", "nut", "nurent", "nu", "naissant"}),
            Map.entry("croire", new String[] {"crois", "croit", "croyons", "croient", "croy", "croir", "crut", "crurent", "cru", "croyant"}),
            Map.entry("vouloir", new String[] {"veux", "veut", "voulons", "veulent", "voul", "voudr", "voulut", "voulurent", "voulu", "voulant"}),
            Map.entry("pouvoir", new String[] {"peux", "peut", "pouvons", "peuvent", "pouv", "pourr", "put", "purent", "pu", "pouvant"}),
            Map.entry("devoir", new String[] {"dois", "doit", "devons", "doivent", "dev", "devr", "dut", "durent", "dû", "devant"}),
            Map.entry("cevoir", new String[] {"çois", "çoit", "cevons", "çoivent", "cev", "cevr", "çut", "çurent", "çu", "cevant"}),
            Map.entry("écrire", new String[] {"écris", "écrit", "écrivons", "écrivent", "écriv", "écrir", "écrivit", "écrivirent", "écrit", "écrivant"}),
            Map.entry("cueillir", new String[] {"cueille", "cueille", "cueillons", "cueillent", "cueill", "cueiller", "cueillit", "cueillirent", "cueilli", "cueillant"}),
            Map.entry("voir", new String[] {"vois", "voit", "voyons", "voient", "voy", "verr", "vit", "virent", "vu", "voyant"}),
            Map.entry("savoir", new String[] {"sais", "sait", "savons", "savent", "sav", "saur", "sut", "surent", "su", "sachant"}),
            Map.entry("ouvrir", new String[] {"ouvre", "ouvre", "ouvrons", "ouvrent", "ouvr", "ouvrir", "ouvrit", "ouvrirent", "ouvert", "ouvrant"}));

    /** Verbs in {@code -re} conjugated like {@code rendre}: {@code répond}, {@code répondu}. */
    private static final Set<String> LIKE_RENDRE = Set.of(
            "rendre", "répondre", "entendre", "attendre", "défendre", "rompre", "perdre", "vendre", "tendre", "descendre");

    /** Verbs in {@code -ir} that are not second group and have no entry above. */
    private static final Set<String> NOT_SECOND_GROUP = Set.of("partir", "sortir", "sentir", "servir", "dormir", "mentir");

    /** Every form of {@code infinitive} (lower case), the infinitive included; empty when unknown. */
    static Set<String> forms(String infinitive) {
        Set<String> out = new LinkedHashSet<>();
        String v = infinitive;
        String best = null;
        for (String key : IRREGULAR.keySet()) {
            if (v.endsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        if (best != null) {
            irregular(v.substring(0, v.length() - best.length()), IRREGULAR.get(best), v, out);
            return out;
        }
        if (v.endsWith("er") && v.length() > 3) {
            firstGroup(v, out);
        } else if (v.endsWith("ir") && v.length() > 3 && !NOT_SECOND_GROUP.contains(v)) {
            secondGroup(v, out);
        } else if (LIKE_RENDRE.contains(v)) {
            String s = v.substring(0, v.length() - 2);
            irregular("", new String[] {s + "s", s, s + "ons", s + "ent", s, s + "r", s + "it", s + "irent", s + "u", s + "ant"},
                    v, out);
        }
        return out;
    }

    private static void irregular(String prefix, String[] p, String infinitive, Set<String> out) {
        out.add(infinitive);
        for (int i = 0; i < 4; i++) {
            out.add(prefix + p[i]);
        }
        String imperfect = prefix + p[4];
        for (String end : List.of("ais", "ait", "ions", "iez", "aient")) {
            out.add(imperfect + end);
        }
        String future = prefix + p[5];
        for (String end : List.of("ai", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient")) {
            out.add(future + end);
        }
        out.add(prefix + p[6]);
        out.add(prefix + p[7]);
        participle(prefix + p[8], out);
        out.add(prefix + p[9]);
        out.add(imperfect + "ez");
        out.add(imperfect + "e");
        out.add(imperfect + "ent");
    }

    private static void participle(String pp, Set<String> out) {
        out.add(pp);
        if (pp.endsWith("s")) {
            out.add(pp + "e");
            out.add(pp + "es");
        } else {
            out.add(pp + "e");
            out.add(pp + "s");
            out.add(pp + "es");
        }
    }

    private static void firstGroup(String v, Set<String> out) {
        String stem = v.substring(0, v.length() - 2);
        String hard = stem.endsWith("c") ? stem.substring(0, stem.length() - 1) + "ç" : stem.endsWith("g") ? stem + "e" : stem;
        String mute = muteStem(stem);
        out.add(v);
        for (String end : List.of("e", "ent")) {
            out.add(mute + end);
        }
        out.add(hard + "ons");
        out.add(stem + "ez");
        for (String end : List.of("ais", "ait", "aient")) {
            out.add(hard + end);
        }
        out.add(stem + "ions");
        out.add(stem + "iez");
        String future = mute.equals(stem) || !mute.contains("è") ? mute + "er" : stem + "er";
        for (String f : new LinkedHashSet<>(List.of(future, mute + "er"))) {
            for (String end : List.of("ai", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient")) {
                out.add(f + end);
            }
        }
        out.add(hard + "a");
        out.add(hard + "âmes");
        out.add(stem + "èrent");
        participle(stem + "é", out);
        out.add(hard + "ant");
    }

    /** The stem before a mute {@code e}: {@code espèr-}, {@code appell-}, {@code rejett-}. */
    private static String muteStem(String stem) {
        if ((stem.endsWith("el") || stem.endsWith("et")) && stem.length() > 3) {
            return stem + stem.charAt(stem.length() - 1);
        }
        int i = stem.length() - 1;
        while (i >= 0 && "aeiouyéèêâîôû".indexOf(stem.charAt(i)) < 0) {
            i--;
        }
        if (i > 0 && i < stem.length() - 1 && stem.charAt(i) == 'é') {
            return stem.substring(0, i) + "è" + stem.substring(i + 1);
        }
        return stem;
    }

    private static void secondGroup(String v, Set<String> out) {
        String stem = v.substring(0, v.length() - 2);
        out.add(v);
        for (String end : List.of("is", "it", "issons", "issez", "issent", "issais", "issait", "issions", "issiez", "issaient",
                "irai", "ira", "irons", "irez", "iront", "irais", "irait", "irions", "iriez", "iraient", "irent", "issant", "isse")) {
            out.add(stem + end);
        }
        participle(stem + "i", out);
    }
}
