package org.pressarchive.search;

import java.util.Map;
import java.util.Set;

/**
 * The changes that turn a language's previous search index into the current one
 * ({@link SearchIndexBuilder#update}): files to write, by name relative to the index folder, with
 * their new bytes (new files and files whose bytes change, nothing else), and files to delete.
 */
public record IndexUpdate(Map<String, byte[]> write, Set<String> delete) {
    public IndexUpdate {
        write = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(write));
        delete = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(delete));
    }
}
