package org.pressarchive.write;

import java.io.IOException;

/** The output folder cannot be used safely (foreign content, inside the input…); nothing was touched. */
public final class OutputRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public OutputRefusedException(String message) {
        super(message);
    }
}
