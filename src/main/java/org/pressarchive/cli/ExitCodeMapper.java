package org.pressarchive.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.pressarchive.build.ContentException;
import org.pressarchive.config.ConfigException;

import picocli.CommandLine;

/** Maps exceptions that escape a command to exit codes. */
final class ExitCodeMapper implements CommandLine.IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable t) {
        Throwable e = t instanceof CommandLine.ExecutionException && t.getCause() != null ? t.getCause() : t;
        if (e instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof ContentException || e instanceof ConfigException) {
            return ExitCodes.INVALID_CONTENT;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return ExitCodes.IO;
        }
        return ExitCodes.INTERNAL;
    }
}
