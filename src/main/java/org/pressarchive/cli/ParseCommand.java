package org.pressarchive.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.pressarchive.ingest.SourceReader;
import org.pressarchive.ingest.SourceScanner;
import org.pressarchive.model.Release;
import org.pressarchive.model.SourceText;
import org.pressarchive.model.Warning;
import org.pressarchive.parse.FrenchReleaseParser;
import org.pressarchive.parse.ReleaseParser;
import org.pressarchive.render.ModelJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code press-archive parse FILE…}: prints the parse model as JSON (one object for one file, an
 * array for several files or a folder); warnings go to stderr as {@code FILE:LINE: message}.
 */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints the parse model of releases as JSON (DESIGN.md §3).")
final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Release files (.txt, .md) or folders of them.")
    List<Path> paths;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Option(names = "--strict", description = "Exit 3 if any warning was found.")
    boolean strict;

    @Mixin
    OutputOptions printing;

    @Override
    public Integer call() throws IOException {
        ReleaseParser parser = FrenchReleaseParser.standard();
        SourceReader reader = SourceReader.standard();
        List<Path> files = new ArrayList<>();
        boolean array = paths.size() > 1;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(new SourceScanner().scan(p));
                array = true;
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new NoSuchFileException(p.toString(), null, "no such file or folder");
            }
        }
        List<Release> releases = new ArrayList<>();
        int warnings = 0;
        var err = spec.commandLine().getErr();
        for (Path f : files) {
            String shown = f.toString().replace('\\', '/');
            SourceText text = reader.read(shown, f.getFileName().toString(), Files.readAllBytes(f));
            Release r = parser.parse(text);
            releases.add(r);
            for (Warning w : r.warnings()) {
                err.println(shown + ":" + w.line() + ": " + w.message());
                warnings++;
            }
        }
        ModelJson json = new ModelJson();
        byte[] bytes = array ? json.writeAll(releases, pretty) : json.write(releases.get(0), pretty);
        var out = spec.commandLine().getOut();
        out.print(new String(bytes, StandardCharsets.UTF_8));
        out.flush();
        return strict && warnings > 0 ? ExitCodes.INVALID_CONTENT : ExitCodes.OK;
    }
}
