package org.pressarchive.parse;

/**
 * A reporting verb or phrase found in a sentence.
 *
 * @param type  what the phrase reports
 * @param lemma the dictionary form ({@code déclarer})
 * @param start first token index
 * @param end   token index after the phrase
 */
record Cue(Type type, String lemma, int start, int end) {
    enum Type {
        /** Reported content: declaring, thinking, wanting, committing. */
        STATEMENT,
        /** A communicative act whose content is not given. */
        ACTION,
        /** The event itself: meeting, receiving, travelling, signing, setting remarks. */
        EVENT
    }
}
