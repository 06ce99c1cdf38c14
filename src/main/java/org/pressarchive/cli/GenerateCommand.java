package org.pressarchive.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.pressarchive.synth.SyntheticArchive;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code press-archive generate}: writes a deterministic synthetic archive (hidden: for tests and benchmarks). */
@Command(name = "generate", hidden = true, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes a deterministic synthetic archive of French releases (for tests and benchmarks).")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--releases", required = true, paramLabel = "N", description = "How many releases.")
    int releases;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder to write the releases into.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (releases < 0) {
            spec.commandLine().getErr().println("press-archive: --releases must be 0 or more");
            return ExitCodes.USAGE;
        }
        write(new SyntheticArchive(seed), releases, output);
        spec.commandLine().getOut().println("Generated " + releases + " releases in " + output);
        return ExitCodes.OK;
    }

    static void write(SyntheticArchive archive, int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            IntStream.range(0, count).parallel().forEach(i -> {
                SyntheticArchive.GeneratedRelease r = archive.release(i);
                try {
                    Files.writeString(dir.resolve(r.fileName()), r.text(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
