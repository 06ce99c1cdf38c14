package org.pressarchive.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pressarchive.ingest.SourceReader;
import org.pressarchive.model.Release;
import org.pressarchive.parse.ReleaseParser;

/**
 * {@code xliff import}: checks translated XLIFF files against the current originals of the input
 * folder and writes each translation as {@code NAME.LANG.md} beside its original (or replaces the
 * existing translation file for that language, keeping its format and title). A file with any
 * error writes nothing; every file written is replaced atomically and left untouched when its
 * bytes would not change, so importing the same XLIFF twice gives the same bytes.
 *
 * <p>The original of a {@code <file>} is found by its {@code original} attribute (a path relative
 * to the input folder), else by the base name of that path, else by the XLIFF file's own name
 * ({@code NAME.LANG.xlf}).
 */
public final class XliffImport {
    private final ReleaseParser parser;
    private final SourceReader reader;
    private final XliffReader xliffReader = new XliffReader();
    private final XliffValidator validator = new XliffValidator();

    public XliffImport(ReleaseParser parser, SourceReader reader) {
        this.parser = parser;
        this.reader = reader;
    }

    /**
     * The outcome for one XLIFF file.
     *
     * @param file    the XLIFF file as given
     * @param errors  problems, each {@code FILE:LINE: unit p3: message}; nothing was written if any
     * @param written translation files written
     * @param current translation files already holding exactly these bytes (not touched)
     */
    public record Outcome(Path file, List<String> errors, List<Path> written, List<Path> current) {
        public Outcome {
            errors = List.copyOf(errors);
            written = List.copyOf(written);
            current = List.copyOf(current);
        }
    }

    /** Scans the input folder once, then imports each XLIFF file in turn. Unreadable files throw. */
    public List<Outcome> run(Path input, List<Path> xliffFiles) throws IOException {
        InputCatalog catalog = InputCatalog.scan(input, reader);
        List<Outcome> outcomes = new ArrayList<>();
        for (Path f : xliffFiles) {
            outcomes.add(importOne(catalog, f, Files.readAllBytes(f)));
        }
        return outcomes;
    }

    Outcome importOne(InputCatalog catalog, Path file, byte[] bytes) throws IOException {
        String shown = file.toString().replace('\\', '/');
        List<XliffProblem> problems = new ArrayList<>();
        XliffReader.Result read = xliffReader.read(bytes);
        problems.addAll(read.problems());
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        XliffDocument doc = read.document();
        if (doc != null) {
            String trg = doc.trgLang();
            if (!Languages.isValid(trg)) {
                problems.add(new XliffProblem(1, null, trg == null ? "<xliff> has no trgLang: which language is this?"
                        : "trgLang '" + trg + "' is not a language code such as en or zh"));
            } else if (doc.files().isEmpty()) {
                problems.add(new XliffProblem(1, null, "no <file> element: nothing to import"));
            } else {
                for (XliffFile xf : doc.files()) {
                    translation(catalog, file, doc, xf, problems, outputs);
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(file, problems.stream().map(p -> p.describe(shown)).toList(), List.of(), List.of());
        }
        List<Path> written = new ArrayList<>();
        List<Path> current = new ArrayList<>();
        for (Map.Entry<Path, byte[]> out : outputs.entrySet()) {
            (AtomicFiles.write(out.getKey(), out.getValue()) ? written : current).add(out.getKey());
        }
        return new Outcome(file, List.of(), written, current);
    }

    /** Validates one {@code <file>} and, when clean, adds the translation file it makes to {@code outputs}. */
    private void translation(InputCatalog catalog, Path xliff, XliffDocument doc, XliffFile xf,
                             List<XliffProblem> problems, Map<Path, byte[]> outputs) {
        Optional<InputCatalog.Entry> found = findOriginal(catalog, xliff, xf);
        if (found.isEmpty()) {
            problems.add(new XliffProblem(xf.line(), null, "the original "
                    + (xf.original() != null ? "'" + xf.original() + "'" : "of this file")
                    + " is not among the releases of " + catalog.dir().getFileName()));
            return;
        }
        InputCatalog.Entry e = found.get();
        Release original = parser.parse(e.text());
        String lang = doc.trgLang();
        if (doc.srcLang() != null && !doc.srcLang().equals(original.lang())) {
            problems.add(new XliffProblem(xf.line(), null, "srcLang is '" + doc.srcLang() + "' but the original "
                    + e.relative() + " is in '" + original.lang() + "'"));
        }
        if (lang.equals(original.lang())) {
            problems.add(new XliffProblem(xf.line(), null, "trgLang '" + lang + "' is the original's own language"));
        }
        XliffValidator.Result result = validator.validate(xf, original);
        problems.addAll(result.problems());
        if (!problems.isEmpty()) {
            return;
        }
        Optional<InputCatalog.Entry> existing = catalog.translation(e, lang);
        Path target = existing.map(InputCatalog.Entry::path)
                .orElse(e.path().resolveSibling(e.name() + "." + lang + ".md"));
        byte[] bytes = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt")
                && existing.isPresent() && existing.get().text().frontMatter().translationOf() == null
                ? TranslationFile.plainText(result.paragraphs())
                : TranslationFile.markdown(e.name(), lang,
                        existing.map(t -> t.text().frontMatter().title()).orElse(null), result.paragraphs());
        if (outputs.putIfAbsent(target, bytes) != null) {
            problems.add(new XliffProblem(xf.line(), null, "a second <file> for the same original and language"));
        }
    }

    private static Optional<InputCatalog.Entry> findOriginal(InputCatalog catalog, Path xliff, XliffFile xf) {
        String original = xf.original();
        if (original != null) {
            String rel = original.replace('\\', '/');
            Optional<InputCatalog.Entry> at = catalog.originalAt(rel);
            if (at.isPresent()) {
                return at;
            }
            String base = rel.substring(rel.lastIndexOf('/') + 1);
            int dot = base.lastIndexOf('.');
            Optional<InputCatalog.Entry> named = catalog.originalNamed(dot > 0 ? base.substring(0, dot) : base);
            if (named.isPresent()) {
                return named;
            }
        }
        String name = xliff.getFileName().toString().replaceFirst("(?i)\\.(xlf|xliff)$", "")
                .replaceFirst("\\.[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$", "");
        return catalog.originalNamed(name);
    }
}
