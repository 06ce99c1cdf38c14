package org.pressarchive.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import org.pressarchive.build.ContentException;
import org.pressarchive.config.ConfigException;

import picocli.CommandLine;

/**
 * Reports a failed command as one clear line ({@code press-archive: error: …}) and the chain of
 * causes; the stack trace only with {@code --verbose}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        var err = cmd.getErr();
        err.println("press-archive: error: " + describe(ex));
        for (Throwable c = ex.getCause(); c != null && c != ex; c = c.getCause()) {
            if (c.getMessage() != null && !describe(ex).contains(c.getMessage())) {
                err.println("  caused by: " + describe(c));
            }
        }
        if (isVerbose(cmd)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return new ExitCodeMapper().getExitCode(ex);
    }

    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException n) {
            return (n.getReason() != null ? n.getReason() : "not found") + ": " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof UncheckedIOException u) {
            return u.getMessage() + (u.getCause() != null && u.getCause().getMessage() != null
                    ? " (" + describe(u.getCause()) + ")" : "");
        }
        if (e instanceof ContentException || e instanceof ConfigException || e instanceof IOException) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static boolean isVerbose(CommandLine cmd) {
        for (CommandLine c = cmd; c != null; c = c.getParent()) {
            for (Object mixin : c.getMixins().values()) {
                if (mixin instanceof OutputOptions o && o.verbose) {
                    return true;
                }
            }
        }
        return false;
    }
}
