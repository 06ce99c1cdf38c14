package org.pressarchive.cli;

/** The process exit codes, documented in README.md. Named constants, never ordinals. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** An unexpected internal error (a bug): picocli's SOFTWARE code. */
    public static final int INTERNAL = 1;
    /** Bad command line: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** The content cannot make a site: no releases, bad configuration, or any warning under --strict. */
    public static final int INVALID_CONTENT = 3;
    /** A file or folder could not be read or written, or the output folder was refused. */
    public static final int IO = 4;

    private ExitCodes() {
    }
}
