package org.pressarchive.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.pressarchive.model.FrontMatter;
import org.pressarchive.model.SourceParagraph;
import org.pressarchive.model.SourceText;
import org.pressarchive.model.Warning;
import org.pressarchive.model.Whitespace;

/**
 * Reads one input file's bytes into a {@link SourceText}: decodes, then splits plain text into
 * one paragraph per non-blank line or hands Markdown to {@link MarkdownReader}. Thread-safe.
 */
public final class SourceReader {
    private final TextDecoder decoder = new TextDecoder();
    private final MarkdownReader markdown;

    public SourceReader(MarkdownReader markdown) {
        this.markdown = markdown;
    }

    public static SourceReader standard() {
        return new SourceReader(new MarkdownReader());
    }

    /**
     * @param path     the path shown in messages and recorded as the release's source
     * @param fileName the file's own name (decides format and language suffix)
     */
    public SourceText read(String path, String fileName, byte[] bytes) {
        return read(path, fileName, bytes, sha256(bytes));
    }

    /** As {@link #read(String, String, byte[])}, with the bytes' {@link #sha256} already computed by the caller. */
    public SourceText read(String path, String fileName, byte[] bytes, String sha) {
        SourceNames names = SourceNames.of(fileName);
        if (bytes.length == 0) {
            return new SourceText(path, names.base(), names.lang(), List.of(), FrontMatter.empty(),
                    List.of(new Warning(0, "empty file: no release to build")), sha);
        }
        DecodedText decoded = decoder.decode(bytes);
        if (decoded.binary()) {
            return new SourceText(path, names.base(), names.lang(), List.of(), FrontMatter.empty(), decoded.warnings(), sha);
        }
        List<Warning> warnings = new ArrayList<>(decoded.warnings());
        SourceText text;
        if ("md".equals(names.extension())) {
            text = markdown.read(path, names, decoded.text(), warnings, sha);
        } else {
            text = new SourceText(path, names.base(), names.lang(), splitLines(decoded.text()), FrontMatter.empty(),
                    warnings, sha);
        }
        if (text.paragraphs().isEmpty() && warnings.stream().noneMatch(w -> w.message().startsWith("empty"))) {
            List<Warning> all = new ArrayList<>(text.warnings());
            all.add(new Warning(0, "empty release: the file holds no text, only whitespace"));
            text = new SourceText(text.path(), text.name(), text.lang(), text.paragraphs(), text.frontMatter(), all, sha);
        }
        return text;
    }

    /** One paragraph per non-blank line; any line ending; lines of only whitespace (tabs, NBSP) are blank. */
    static List<SourceParagraph> splitLines(String text) {
        List<SourceParagraph> paragraphs = new ArrayList<>();
        int line = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                String content = text.substring(start, i);
                if (!Whitespace.isBlank(content)) {
                    paragraphs.add(SourceParagraph.plain(line, Whitespace.strip(content)));
                }
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
        return paragraphs;
    }

    /** The hexadecimal SHA-256 of a file's bytes, as recorded in {@code ReleaseMeta#sha256}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
