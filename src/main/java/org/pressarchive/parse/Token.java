package org.pressarchive.parse;

/**
 * A word of a sentence: its folded form ({@link Folding}) and its position in the sentence.
 * An elided article or pronoun keeps its apostrophe ({@code l'}, {@code s'}, {@code qu'}).
 */
record Token(String folded, int start, int end) {
}
