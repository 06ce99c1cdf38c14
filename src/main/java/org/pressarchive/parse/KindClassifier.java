package org.pressarchive.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.pressarchive.model.Kind;

/**
 * Decides the kind of a sentence whose subject is a participant: {@code statement} when it
 * reports content (a statement verb, a quotation, a commitment in the future, a {@code que}
 * clause after an act), {@code action} when it reports only a communicative act
 * ({@code féliciter}, {@code remercier}, {@code saluer}, {@code informer X de Y}…),
 * {@code narration} when it only sets the scene (meeting, travel, {@code a fait ces remarques}).
 */
final class KindClassifier {

    /** Acts whose complement is never content: {@code saluer} and {@code féliciter} stay actions. */
    private static final Set<String> ALWAYS_ACTION = Set.of("saluer", "féliciter");
    private static final Set<String> NOT_CONTENT_QUE = Set.of(
            "afin", "pour", "bien", "ainsi", "alors", "tandis", "parce", "avant", "après", "sorte", "tant", "même", "plus",
            "moins", "autre", "tel", "telle", "tels", "telles", "fait", "ne", "n'", "lors", "dès", "pendant", "depuis");
    private static final Set<String> NOT_FUTURE = Set.of(
            "extra", "ultra", "opéra", "sahara", "caméra", "front", "affront", "intra", "contra", "infra", "supra");
    private static final Set<String> MODALS = Set.of(
            "doit", "doivent", "peut", "peuvent", "entend", "entendent", "compte", "comptent", "veut", "veulent", "tient",
            "tiennent", "reste", "restent", "demeure", "demeurent", "attache", "attachent", "accorde", "accordent", "adhère",
            "adhèrent", "s'oppose", "s'opposent", "n'acceptera", "refuse", "refusent", "continue", "continuent",
            "souhaite", "souhaitent", "espère", "espèrent", "veille", "veillent", "apprécie", "apprécient", "attend",
            "attendent", "invite", "invitent", "appelle", "appellent", "exhorte", "exhortent", "travaille", "travaillent");
    /**
     * Futures of a programme ({@code aura des entretiens … et rencontrera la communauté}):
     * logistics of a visit to come, not a commitment as {@code et continuera à adhérer} is.
     */
    private static final Set<String> LOGISTICS = Set.of(
            "rencontrera", "rencontreront", "visitera", "visiteront", "participera", "participeront", "assistera",
            "assisteront", "effectuera", "effectueront", "coprésidera", "coprésideront", "présidera", "présideront",
            "recevra", "recevront", "inaugurera", "inaugureront", "quittera", "quitteront", "arrivera", "arriveront",
            "accompagnera", "accompagneront", "s'entretiendra", "s'entretiendront", "déjeunera", "dînera", "prononcera",
            "prononceront", "rendra", "rendront", "retrouvera", "retrouveront", "aura", "auront");
    private static final Pattern FUTURE = Pattern.compile("\\p{Ll}{2,}(?:era|eront|ira|iront|dra|dront|ura|uront|ra|ront)");

    /** The kind of a sentence reported of a participant, from its cues and tokens. */
    Kind classify(List<Token> tokens, List<Cue> cues, String sentence) {
        if (hasStatementCue(tokens, cues, sentence)) {
            return Kind.STATEMENT;
        }
        return has(cues, Cue.Type.ACTION) ? Kind.ACTION : has(cues, Cue.Type.EVENT) ? Kind.NARRATION : Kind.STATEMENT;
    }

    private static boolean has(List<Cue> cues, Cue.Type type) {
        for (Cue c : cues) {
            if (c.type() == type) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a sentence with no reporting cue still states a stance or commitment: a future,
     * a conditional or a modal verb ({@code continuera}, {@code doit}, {@code entend}). Without
     * one, a country as subject states a fact: background ({@code La Chine et la Norvège ont
     * établi des relations diplomatiques en 1954}).
     */
    boolean isStance(List<Token> tokens, List<Cue> cues) {
        if (!cues.isEmpty()) {
            return true;
        }
        for (Token t : tokens) {
            String w = t.folded();
            if (isFuture(w) && !LOGISTICS.contains(w) || MODALS.contains(w) || w.endsWith("rait") || w.endsWith("raient")) {
                return true;
            }
        }
        return false;
    }

    /** Like {@link #classify} for a speaker who speaks every sentence (first person, transcript). */
    Kind classifyOwnWords(List<Token> tokens, List<Cue> cues, String sentence) {
        boolean action = cues.stream().anyMatch(c -> c.type() == Cue.Type.ACTION
                || c.type() == Cue.Type.EVENT && firstPersonPast(tokens, c.start()));
        return action && !hasStatementCue(tokens, cues, sentence) ? Kind.ACTION : Kind.STATEMENT;
    }

    /**
     * The speaker's own past event ({@code Je me suis entretenue ce matin avec …}, {@code J'ai
     * rencontré …}): the auxiliary of a first-person compound past just before the event cue.
     */
    private static boolean firstPersonPast(List<Token> tokens, int cue) {
        for (int i = Math.max(0, cue - 3); i < cue; i++) {
            String t = tokens.get(i).folded();
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).folded() : "";
            if (t.equals("j'ai") || t.equals("j’ai") || (t.equals("j'") || t.equals("j’")) && next.equals("ai")
                    || t.equals("me") && next.equals("suis") || t.equals("nous") && (next.equals("avons") || next.equals("sommes"))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasStatementCue(List<Token> tokens, List<Cue> cues, String sentence) {
        boolean praise = !cues.isEmpty() && ALWAYS_ACTION.contains(cues.get(0).lemma());
        // "Selon un communiqué du ministère, les deux ministres ont passé en revue …": a document
        // sourcing the narration, not words; the main clause decides
        // (only worked out when a cue "selon" opens the sentence, the one case where it counts)
        boolean sourced = opensWithSelon(cues) && ClauseReader.isSourceSelon(Folding.plain(sentence).stripLeading());
        for (Cue c : cues) {
            if (c.type() == Cue.Type.STATEMENT && !(praise && adjectival(tokens, c))
                    && !(sourced && c.start() == 0 && c.lemma().equals("selon"))) {
                return true;
            }
        }
        if (!praise && (sentence.indexOf('«') >= 0 || sentence.indexOf('“') >= 0)) {
            return true;
        }
        Cue firstAction = null;
        for (Cue c : cues) {
            if (c.type() == Cue.Type.ACTION) {
                firstAction = c;
                break;
            }
        }
        if (firstAction != null && firstAction.lemma().equals("inviter") && urges(tokens, firstAction.start())) {
            return true;
        }
        for (int i = 1; i < tokens.size(); i++) {
            String t = tokens.get(i).folded();
            String prev = tokens.get(i - 1).folded();
            if (prev.equals("et") && isFuture(t) && !LOGISTICS.contains(t)) {
                return true;
            }
            if (firstAction != null && i > firstAction.start() && (t.equals("que") || t.equals("qu'"))
                    && !NOT_CONTENT_QUE.contains(prev) && !ALWAYS_ACTION.contains(firstAction.lemma())) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensWithSelon(List<Cue> cues) {
        for (Cue c : cues) {
            if (c.start() == 0 && c.lemma().equals("selon")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "aura", "auront", "est", "sont",
            "été", "s'est", "se", "avoir", "être", "ayant", "étant");

    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)");

    /**
     * A statement verb used as an adjective after {@code saluer}/{@code féliciter}
     * ({@code ont salué … des valeurs partagées}, {@code … l'engagement affirmé}): a participle
     * with no auxiliary before it reports no content, so the praise stays an action.
     */
    private static boolean adjectival(List<Token> tokens, Cue c) {
        if (c.end() - c.start() != 1 || c.start() == 0) {
            return false;
        }
        String w = tokens.get(c.start()).folded();
        String prev = tokens.get(c.start() - 1).folded();
        return PARTICIPLE.matcher(w).matches() && !AUXILIARIES.contains(prev);
    }

    /** Verbs after {@code inviter X à} that make it an invitation (an act), not an exhortation. */
    private static final Set<String> VISIT = Set.of(
            "se", "effectuer", "visiter", "participer", "assister", "venir", "revenir", "déjeuner", "dîner", "prendre",
            "une", "un", "la", "le", "l'", "sa", "son", "ses", "cette");

    /**
     * {@code a invité la partie finlandaise à jouer un rôle constructif}: an urging whose content
     * is given (statement), unlike an invitation to visit or attend ({@code à se rendre en Chine}).
     */
    private static boolean urges(List<Token> tokens, int from) {
        for (int i = from + 1; i < tokens.size() - 1 && i < from + 12; i++) {
            if (tokens.get(i).folded().equals("à")) {
                return !VISIT.contains(tokens.get(i + 1).folded());
            }
        }
        return false;
    }

    private static boolean isFuture(String word) {
        return FUTURE.matcher(word).matches() && !NOT_FUTURE.contains(word);
    }
}
