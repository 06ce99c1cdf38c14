package org.pressarchive.build;

/** Progress of a build, for a terminal progress line. Called from worker threads. */
public interface BuildListener {
    BuildListener NONE = new BuildListener() {
    };

    /** A stage started ("Parsing", "Rendering"…) with {@code total} units of work. */
    default void stage(String name, int total) {
    }

    /** One more unit of the current stage is done. */
    default void advance() {
    }

    /** The build is over (successfully or not). */
    default void finished() {
    }
}
