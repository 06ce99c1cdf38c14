package org.pressarchive.render;

import java.util.List;
import java.util.Map;

/**
 * What an output set may know of the previous successful build of the same output folder, to
 * update an output instead of making it again (the search index): its files, and the versions of
 * the inputs it was made from, as the output set recorded them.
 */
public interface PreviousBuild {
    /** The bytes of a file of the previous output, or null when it has none (or it cannot be read). */
    byte[] file(String path);

    /**
     * A file of the previous output opened for reading (the caller closes it), or null when it has
     * none: for output sets that copy parts of a large file instead of reading it whole.
     */
    default java.nio.channels.FileChannel open(String path) {
        return null;
    }

    /**
     * Whether the previous output's file at {@code path} is the one a build made under task key
     * {@code key}, still as that build left it (told by what the build recorded, without reading
     * the file).
     */
    default boolean untouched(String path, String key) {
        return false;
    }

    /** The paths of the previous output's files under a folder ({@code search/fr/}), sorted. */
    List<String> files(String folder);

    /** What the previous build recorded under {@code name}, in its order; empty when nothing. */
    Map<String, String> versions(String name);

    /** Records this build's versions under {@code name}; kept only if the build succeeds. */
    void record(String name, Map<String, String> versions);
}
