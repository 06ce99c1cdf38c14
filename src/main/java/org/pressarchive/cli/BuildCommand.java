package org.pressarchive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.pressarchive.build.BuildListener;
import org.pressarchive.build.BuildOptions;
import org.pressarchive.build.BuildReport;
import org.pressarchive.build.ChangeWatcher;
import org.pressarchive.build.Problem;
import org.pressarchive.build.SiteGenerator;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.parse.FrenchReleaseParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code press-archive build}: builds the input folder into the site folder. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds the releases of the input folder into a static site.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, paramLabel = "DIR", description = "Folder of releases (default: ${DEFAULT-VALUE}).")
    Path input = Path.of("seeds");

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Site folder to write (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("site-output");

    @Option(names = "--templates", paramLabel = "DIR", description = "Theme folder overriding the default theme file by file.")
    Path templates;

    @Option(names = "--base-url", paramLabel = "URL", description = "Absolute address the site is published at, e.g. https://user.github.io/repo/.")
    String baseUrl;

    @Option(names = "--config", paramLabel = "FILE", description = "Site configuration (default: site.yaml if present).")
    Path config;

    @Option(names = "--languages", split = ",", paramLabel = "LANG", description = "Interface languages, the original first (default: from site.yaml, else fr,en).")
    List<String> languages;

    @Option(names = "--strict", description = "Fail (exit 3, nothing written) on any warning.")
    boolean strict;

    @Mixin
    OutputOptions printing;

    @Option(names = "--stats", hidden = true, description = "Print peak heap and RSS (for the benchmark).")
    boolean stats;

    @Option(names = {"-w", "--watch"}, description = "After building, watch the input folder, the theme folder and the "
            + "configuration, and build again whenever they change (until stopped with Ctrl-C). Later builds reuse "
            + "the loaded parser and cache, so they take a fraction of the first.")
    boolean watch;

    /**
     * How long the files must be quiet after a change before the watch builds again: editors write
     * a file (or a temporary file and a rename) within a few milliseconds, and bundlers' watchers
     * wait about as long (webpack's default is 20 ms).
     */
    static final java.time.Duration QUIET = java.time.Duration.ofMillis(50);

    private final boolean terminal;

    BuildCommand(boolean terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path configFile = config;
        if (configFile == null && Files.isRegularFile(Path.of("site.yaml"))) {
            configFile = Path.of("site.yaml");
        }
        BuildOptions options = new BuildOptions(input, output, templates, configFile, baseUrl, languages, strict);
        // The parser's data (gazetteer, inflected lexicon) loads on its own thread while the build
        // scans the input and reads its cache; only a file that must be parsed waits for it.
        java.util.concurrent.FutureTask<FrenchReleaseParser> parser = new java.util.concurrent.FutureTask<>(
                FrenchReleaseParser::standard);
        Thread loading = new Thread(parser, "parser-data");
        loading.setDaemon(true);
        loading.start();
        SiteGenerator generator = new SiteGenerator(source -> {
            try {
                return parser.get().parse(source);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading the parser", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }, SourceReader.standard(), Clock.systemUTC(), SiteGenerator.standardOutputs());
        if (!watch) {
            return buildOnce(generator, options);
        }
        // Watching starts before the first build, so that an edit made while it runs is not missed.
        try (ChangeWatcher watcher = new ChangeWatcher(input, templates, configFile, QUIET);
             AutoCloseable watching = generator.watch()) {
            buildWatched(generator, options);
            if (!printing.quiet) {
                out.println("Watching " + input + (templates != null ? ", " + templates : "")
                        + (configFile != null ? ", " + configFile : "") + " for changes (Ctrl-C to stop)");
            }
            while (true) {
                java.util.Set<Path> changed = watcher.awaitChange();
                generator.inputsChanged(changed);
                if (!printing.quiet) {
                    out.println("Changed: " + describe(changed));
                }
                buildWatched(generator, options);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }

    /** A build of the watch: a failure is reported and the watch goes on (the output stays as it was). */
    private int buildWatched(SiteGenerator generator, BuildOptions options) {
        var err = spec.commandLine().getErr();
        try {
            return buildOnce(generator, options);
        } catch (Exception e) {
            err.println("press-archive: error: " + ErrorReporter.describe(e));
            if (printing.verbose) {
                e.printStackTrace(err);
            }
            return new ExitCodeMapper().getExitCode(e);
        } finally {
            err.flush();
        }
    }

    private static String describe(java.util.Set<Path> changed) {
        List<String> names = changed.stream().limit(3).map(p -> String.valueOf(p.getFileName())).toList();
        return String.join(", ", names) + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "");
    }

    /** One build, reported; the exit code it gives. */
    private int buildOnce(SiteGenerator generator, BuildOptions options) throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        BuildListener listener = terminal && !printing.quiet ? new ProgressLine(err) : BuildListener.NONE;
        RunStats.StageTimes times = new RunStats.StageTimes(listener);
        if (stats) {
            listener = times;
        }
        BuildReport report = generator.build(options, listener);
        for (Problem p : report.problems()) {
            err.println("warning: " + p);
        }
        if (printing.verbose) {
            report.notes().forEach(n -> err.println("note: " + n));
        }
        if (!report.written()) {
            err.println("press-archive: error: " + report.problems().size()
                    + " warning(s) under --strict: nothing was written to " + output);
            return ExitCodes.INVALID_CONTENT;
        }
        if (!printing.quiet) {
            out.println(String.format(Locale.ROOT, "Built %d release%s, %d files, %d warning%s in %.2f s → %s",
                    report.releases(), report.releases() == 1 ? "" : "s", report.files(),
                    report.problems().size(), report.problems().size() == 1 ? "" : "s",
                    report.elapsed().toMillis() / 1000.0, output));
        }
        if (stats) {
            out.println(times.line());
            out.println(RunStats.line());
        }
        return ExitCodes.OK;
    }
}
