package org.pressarchive.search;

import java.util.function.Supplier;

/**
 * One file of a language's search index, named relative to the index folder ({@code meta.js},
 * {@code t-3.js}, {@code x/12.js}…), with its content rendered on demand.
 */
public record IndexFile(String name, Supplier<byte[]> content) {
}
