package org.pressarchive.ingest;

import java.util.List;

import org.pressarchive.model.Warning;

/** Text decoded from bytes, NFC-normalised, with the problems decoding met. */
public record DecodedText(String text, List<Warning> warnings, boolean binary) {
    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
