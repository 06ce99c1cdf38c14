package org.pressarchive.xliff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pressarchive.ingest.SourceReader;
import org.pressarchive.model.Release;
import org.pressarchive.parse.ReleaseParser;

/**
 * {@code xliff export}: one XLIFF 2.1 file per original release of the input folder, written to
 * {@code <output>/<folder>/<NAME>.<lang>.xlf} (the original's sub-folder mirrored), with the
 * existing translation into {@code lang} as targets. Files are written atomically and left
 * untouched when their bytes would not change.
 */
public final class XliffExport {
    private final ReleaseParser parser;
    private final SourceReader reader;
    private final XliffExporter exporter = new XliffExporter();
    private final XliffWriter writer = new XliffWriter();

    public XliffExport(ReleaseParser parser, SourceReader reader) {
        this.parser = parser;
        this.reader = reader;
    }

    /**
     * What an export did.
     *
     * @param files        XLIFF files produced (written or already up to date), in input order
     * @param written      how many of them were (re)written
     * @param translated   how many carry targets from an existing translation
     * @param warnings     messages naming the file concerned
     * @param errors       problems that stopped a release's export (name clashes)
     */
    public record Report(List<Path> files, int written, int translated, List<String> warnings, List<String> errors) {
        public Report {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
            errors = List.copyOf(errors);
        }
    }

    public Report run(Path input, Path output, String lang) throws IOException {
        InputCatalog catalog = InputCatalog.scan(input, reader);
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<Path, String> claimed = new HashMap<>();
        int written = 0;
        int translated = 0;
        for (InputCatalog.Entry e : catalog.originals()) {
            Release original = parser.parse(e.text());
            if (original.paragraphs().isEmpty()) {
                warnings.add(e.relative() + ": no paragraphs, nothing to translate: skipped");
                continue;
            }
            if (lang.equals(original.lang())) {
                warnings.add(e.relative() + ": already in '" + lang + "': skipped");
                continue;
            }
            Path target = output.resolve(e.folder() + e.name() + "." + lang + ".xlf");
            String previous = claimed.putIfAbsent(target, e.relative());
            if (previous != null) {
                errors.add(e.relative() + ": its XLIFF file " + target.getFileName() + " is already taken by "
                        + previous + " (two originals with the same name in one folder): not exported");
                continue;
            }
            Release translation = catalog.translation(e, lang).map(t -> parser.parse(t.text())).orElse(null);
            XliffExporter.Export export = exporter.export(original, e.relative(), translation);
            export.warnings().forEach(w -> warnings.add(e.relative() + ": " + w));
            XliffDocument doc = new XliffDocument(original.lang(), lang, List.of(export.file()));
            if (AtomicFiles.write(target, writer.write(doc))) {
                written++;
            }
            if (translation != null) {
                translated++;
            }
            files.add(target);
        }
        return new Report(files, written, translated, warnings, errors);
    }
}
