package org.pressarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pressarchive.ingest.SourceReader;
import org.pressarchive.parse.FrenchReleaseParser;
import org.pressarchive.parse.ReleaseParser;
import org.pressarchive.xliff.Languages;
import org.pressarchive.xliff.XliffExport;
import org.pressarchive.xliff.XliffImport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code press-archive xliff export|import}: the translators' round trip in XLIFF 2.1 (OASIS).
 * Exit codes: 0 ok, 2 usage, 3 an XLIFF file with errors (nothing written from it), 4 I/O.
 */
@Command(name = "xliff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Exports releases to XLIFF 2.1 for translators and imports their translations.",
        subcommands = {XliffCommand.Export.class, XliffCommand.Import.class})
final class XliffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The parser whose sentences become XLIFF segments: the one place to swap it. */
    static ReleaseParser parser() {
        return FrenchReleaseParser.standard();
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: export or import");
    }

    private static void checkInput(Path input) throws NoSuchFileException {
        if (!Files.isDirectory(input)) {
            throw new NoSuchFileException(input.toString(), null, "input folder not found");
        }
    }

    /** {@code xliff export --lang en}: one XLIFF file per original release. */
    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Writes one XLIFF 2.1 file per original release, <output>/<NAME>.<lang>.xlf, "
                    + "with existing translations as targets.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--lang", required = true, paramLabel = "LANG", description = "Target language, e.g. en.")
        String lang;

        @Option(names = {"-i", "--input"}, paramLabel = "DIR", description = "Folder of releases (default: ${DEFAULT-VALUE}).")
        Path input = Path.of("seeds");

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the XLIFF files (default: ${DEFAULT-VALUE}).")
        Path output = Path.of("xliff");

        @Mixin
        OutputOptions printing;

        @Override
        public Integer call() throws IOException {
            if (!Languages.isValid(lang)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Invalid value for option '--lang': '" + lang + "' is not a language code such as en or zh");
            }
            checkInput(input);
            PrintWriter err = spec.commandLine().getErr();
            XliffExport.Report report = new XliffExport(parser(), SourceReader.standard()).run(input, output, lang);
            report.warnings().forEach(w -> err.println("warning: " + w));
            report.errors().forEach(e -> err.println("press-archive: error: " + e));
            if (report.files().isEmpty() && report.errors().isEmpty()) {
                err.println("press-archive: error: no original release to export in " + input);
                return ExitCodes.INVALID_CONTENT;
            }
            if (!printing.quiet) {
                spec.commandLine().getOut().println("Exported " + report.files().size() + " XLIFF file"
                        + (report.files().size() == 1 ? "" : "s") + " (" + report.translated()
                        + " with existing '" + lang + "' translations, " + report.written() + " written) → " + output);
            }
            return report.errors().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_CONTENT;
        }
    }

    /** {@code xliff import FILE…}: writes translations back as NAME.LANG.md. */
    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Checks translated XLIFF files against the current originals and writes "
                    + "each translation as <NAME>.<lang>.md beside its original. A file with errors writes nothing.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Translated XLIFF files.")
        List<Path> files;

        @Option(names = {"-i", "--input"}, paramLabel = "DIR", description = "Folder of releases (default: ${DEFAULT-VALUE}).")
        Path input = Path.of("seeds");

        @Mixin
        OutputOptions printing;

        @Override
        public Integer call() throws IOException {
            checkInput(input);
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new NoSuchFileException(f.toString(), null, "XLIFF file not found");
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int failed = 0;
            for (XliffImport.Outcome o : new XliffImport(parser(), SourceReader.standard()).run(input, files)) {
                if (!o.errors().isEmpty()) {
                    failed++;
                    o.errors().forEach(err::println);
                    err.println("press-archive: error: " + o.file() + ": " + o.errors().size()
                            + " error(s), nothing written from this file");
                    continue;
                }
                if (!printing.quiet) {
                    o.written().forEach(p -> out.println(o.file() + " → " + p));
                    o.current().forEach(p -> out.println(o.file() + " → " + p + " (unchanged)"));
                }
            }
            return failed > 0 ? ExitCodes.INVALID_CONTENT : ExitCodes.OK;
        }
    }
}
