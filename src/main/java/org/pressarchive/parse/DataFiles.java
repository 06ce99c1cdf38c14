package org.pressarchive.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads the parser's JSON data files from the classpath, next to this class. */
final class DataFiles {
    private DataFiles() {
    }

    static JsonNode read(ObjectMapper mapper, String name) {
        try (InputStream in = DataFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing parser data file on the classpath: " + name);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parser data file " + name, e);
        }
    }
}
