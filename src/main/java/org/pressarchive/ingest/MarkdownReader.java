package org.pressarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import org.pressarchive.model.FrontMatter;
import org.pressarchive.model.InlineMark;
import org.pressarchive.model.SourceParagraph;
import org.pressarchive.model.SourceText;
import org.pressarchive.model.Warning;
import org.pressarchive.model.Whitespace;

/**
 * Reads Markdown releases with flexmark (parser built once, shared): YAML front matter, then one
 * paragraph per Markdown paragraph as plain text plus inline marks (emphasis, strong, code, safe
 * links). Raw HTML is kept as literal text, so it is escaped wherever it is shown; links with a
 * scheme other than http, https or mailto ({@code javascript:}, {@code data:}…) are dropped.
 * The first level-1 heading is the title unless front matter gives one.
 */
public final class MarkdownReader {
    private final Parser parser;
    private final FrontMatterReader frontMatterReader = new FrontMatterReader();

    public MarkdownReader() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    SourceText read(String path, SourceNames names, String text, List<Warning> warnings, String sha) {
        Document doc = parser.parse(text);
        FrontMatter fm = FrontMatter.empty();
        List<SourceParagraph> paragraphs = new ArrayList<>();
        String heading = null;
        for (Node node : doc.getDescendants()) {
            if (node instanceof YamlFrontMatterBlock block) {
                int firstLine = block.getStartLineNumber() + 1;
                fm = frontMatterReader.read(yamlBody(block.getChars().toString()), firstLine + 1, warnings);
            } else if (node instanceof Heading h && h.getLevel() == 1 && heading == null) {
                heading = Whitespace.strip(inlineText(h).text());
            } else if (node instanceof com.vladsch.flexmark.ast.Paragraph p) {
                InlineText inline = inlineText(p);
                String stripped = Whitespace.strip(inline.text());
                if (!stripped.isEmpty()) {
                    int lead = inline.text().indexOf(stripped);
                    paragraphs.add(new SourceParagraph(p.getStartLineNumber() + 1, stripped,
                            shift(inline.marks(), lead, stripped.length())));
                }
            }
        }
        if (fm.title() == null && heading != null && !heading.isEmpty()) {
            fm = new FrontMatter(heading, fm.date(), fm.location(), fm.lang(), fm.source(), fm.tags(),
                    fm.translationOf(), fm.speaker(), fm.participants());
        }
        return new SourceText(path, names.base(), names.lang(), paragraphs, fm, warnings, sha);
    }

    /** The YAML between the opening {@code ---} line and the closing {@code ---} or {@code ...} line. */
    private static String yamlBody(String block) {
        String[] lines = block.split("\r\n|\r|\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                break;
            }
            sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    private record InlineText(String text, List<InlineMark> marks) {
    }

    private static InlineText inlineText(Node block) {
        StringBuilder sb = new StringBuilder();
        List<InlineMark> marks = new ArrayList<>();
        appendInline(block, sb, marks);
        return new InlineText(sb.toString(), marks);
    }

    private static void appendInline(Node parent, StringBuilder sb, List<InlineMark> marks) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            int start = sb.length();
            if (n instanceof Text || n instanceof HtmlEntity) {
                sb.append(n.getChars().unescape());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            } else if (n instanceof Code code) {
                sb.append(code.getText().toString());
                marks.add(new InlineMark(InlineMark.Type.CODE, start, sb.length(), null));
            } else if (n instanceof Emphasis) {
                appendInline(n, sb, marks);
                marks.add(new InlineMark(InlineMark.Type.EMPHASIS, start, sb.length(), null));
            } else if (n instanceof StrongEmphasis) {
                appendInline(n, sb, marks);
                marks.add(new InlineMark(InlineMark.Type.STRONG, start, sb.length(), null));
            } else if (n instanceof Link link) {
                appendInline(n, sb, marks);
                addLink(marks, link.getUrl().unescape(), start, sb.length());
            } else if (n instanceof AutoLink auto) {
                sb.append(auto.getText().toString());
                addLink(marks, auto.getUrl().unescape(), start, sb.length());
            } else if (n instanceof MailLink mail) {
                sb.append(mail.getText().toString());
                addLink(marks, "mailto:" + mail.getText(), start, sb.length());
            } else if (n instanceof Image image) {
                sb.append(image.getText().unescape());
            } else if (n.hasChildren()) {
                appendInline(n, sb, marks);
            } else {
                // Raw inline HTML and anything else: kept as literal text, escaped when rendered.
                sb.append(n.getChars().toString());
            }
        }
    }

    private static void addLink(List<InlineMark> marks, String url, int start, int end) {
        if (end > start && isSafeUrl(url)) {
            marks.add(new InlineMark(InlineMark.Type.LINK, start, end, url.strip()));
        }
    }

    /** True for http(s), mailto and scheme-less (relative or fragment) addresses. */
    static boolean isSafeUrl(String url) {
        StringBuilder compact = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7F) {
                compact.append(c);
            }
        }
        String u = compact.toString().toLowerCase(Locale.ROOT);
        int colon = u.indexOf(':');
        int slash = u.indexOf('/');
        int query = u.indexOf('?');
        int hash = u.indexOf('#');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && (query < 0 || colon < query)
                && (hash < 0 || colon < hash);
        if (!hasScheme) {
            return colon != 0;
        }
        String scheme = u.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    private static List<InlineMark> shift(List<InlineMark> marks, int by, int length) {
        List<InlineMark> out = new ArrayList<>();
        for (InlineMark m : marks) {
            int s = Math.max(0, m.start() - by);
            int e = Math.min(length, m.end() - by);
            if (e > s) {
                out.add(new InlineMark(m.type(), s, e, m.href()));
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return out;
    }
}
