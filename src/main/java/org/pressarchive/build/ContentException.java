package org.pressarchive.build;

/** The input cannot make a site (no releases, warnings under --strict): exit code 3. */
public final class ContentException extends Exception {
    private static final long serialVersionUID = 1L;

    public ContentException(String message) {
        super(message);
    }
}
