package org.pressarchive.xliff;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XLIFF 2.x with the JDK's StAX reader, safe against XXE: DTDs are not supported, external
 * entities and external DTD access are off, and any DOCTYPE is itself an error. Every problem
 * carries the line (from {@link XMLStreamReader#getLocation()}) and the unit it is in. Reading
 * goes on after a structural problem so that one pass reports as many as it can; malformed XML
 * stops it. Inline content: {@code <cp hex>} is decoded, {@code <mrk>} contributes its text,
 * {@code <sm>}/{@code <em>} markers are ignored; other inline codes are reported as unsupported.
 * Thread-safe.
 */
public final class XliffReader {
    private static final String NS = XliffDocument.NAMESPACE;
    private static final Set<String> IGNORED_MARKERS = Set.of("sm", "em");

    private final XMLInputFactory factory;

    public XliffReader() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
    }

    /** What reading gave: the document (null when the XML is unusable) and the problems found. */
    public record Result(XliffDocument document, List<XliffProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return document != null && problems.isEmpty();
        }
    }

    public Result read(byte[] bytes) {
        return new Pass().run(bytes);
    }

    /** The state of one read: problems so far and the unit being read. */
    private final class Pass {
        private final List<XliffProblem> problems = new ArrayList<>();
        private XMLStreamReader r;
        private String unit;

        Result run(byte[] bytes) {
            try {
                r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
                try {
                    XliffDocument doc = document();
                    return new Result(doc, problems);
                } finally {
                    r.close();
                }
            } catch (XMLStreamException e) {
                int line = e.getLocation() != null ? Math.max(0, e.getLocation().getLineNumber()) : 0;
                problems.add(new XliffProblem(line, unit, "malformed XML: " + cleanMessage(e)));
                return new Result(null, problems);
            }
        }

        private XliffDocument document() throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    problem("DOCTYPE declarations are not allowed in XLIFF (DTDs and external entities are refused)");
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    problem("entity reference &" + r.getLocalName() + "; is not allowed");
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!isXliff("xliff")) {
                        problem("the root element is <" + r.getLocalName() + "> in namespace '"
                                + nullToEmpty(r.getNamespaceURI()) + "', not <xliff> in " + NS);
                        return null;
                    }
                    return xliff();
                }
            }
            problem("no <xliff> element");
            return null;
        }

        private XliffDocument xliff() throws XMLStreamException {
            String version = attr("version");
            if (version == null || !version.startsWith("2.")) {
                problem("version '" + nullToEmpty(version) + "' is not XLIFF 2.x (expected version=\"2.1\")");
            }
            String srcLang = attr("srcLang");
            if (srcLang == null || srcLang.isBlank()) {
                problem("<xliff> has no srcLang");
            }
            String trgLang = attr("trgLang");
            List<XliffFile> files = new ArrayList<>();
            while (nextChild()) {
                if (isXliff("file")) {
                    files.add(file());
                } else {
                    skip();
                }
            }
            drain();
            return new XliffDocument(srcLang, trgLang, files);
        }

        private XliffFile file() throws XMLStreamException {
            int line = line();
            String id = attr("id");
            String original = attr("original");
            List<XliffNote> notes = new ArrayList<>();
            List<XliffUnit> units = new ArrayList<>();
            fileContent(notes, units);
            return new XliffFile(id, original, line, notes, units);
        }

        /** Children of a {@code <file>} or {@code <group>}: units, nested groups, notes. */
        private void fileContent(List<XliffNote> notes, List<XliffUnit> units) throws XMLStreamException {
            while (nextChild()) {
                if (isXliff("unit")) {
                    units.add(unit());
                } else if (isXliff("group")) {
                    fileContent(new ArrayList<>(), units);
                } else if (isXliff("notes")) {
                    notes.addAll(notes());
                } else {
                    skip();
                }
            }
        }

        private XliffUnit unit() throws XMLStreamException {
            int line = line();
            unit = attr("id");
            if (unit == null) {
                problem("<unit> without an id");
            }
            List<XliffNote> notes = new ArrayList<>();
            List<XliffSegment> segments = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            while (nextChild()) {
                if (isXliff("segment")) {
                    XliffSegment s = segment();
                    if (s.id() != null && !ids.add(s.id())) {
                        problem(s.line(), "segment " + s.id() + " appears twice");
                    }
                    segments.add(s);
                } else if (isXliff("notes")) {
                    notes.addAll(notes());
                } else {
                    skip();
                }
            }
            XliffUnit u = new XliffUnit(unit, line, notes, segments);
            unit = null;
            return u;
        }

        private XliffSegment segment() throws XMLStreamException {
            int line = line();
            String id = attr("id");
            if (id == null) {
                problem("<segment> without an id");
            }
            String state = attr("state");
            String source = null;
            String target = null;
            int targetLine = line;
            while (nextChild()) {
                if (isXliff("source")) {
                    if (source != null) {
                        problem("segment " + id + " has two <source> elements");
                    }
                    source = inline();
                } else if (isXliff("target")) {
                    if (target != null) {
                        problem("segment " + id + " has two <target> elements");
                    }
                    targetLine = line();
                    target = inline();
                } else {
                    skip();
                }
            }
            return new XliffSegment(id, state, source, target, line, targetLine);
        }

        private List<XliffNote> notes() throws XMLStreamException {
            List<XliffNote> notes = new ArrayList<>();
            while (nextChild()) {
                if (isXliff("note")) {
                    String category = attr("category");
                    notes.add(new XliffNote(category, inline()));
                } else {
                    skip();
                }
            }
            return notes;
        }

        /** The text of the current element (source, target, note), reading up to its end tag. */
        private String inline() throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            inlineInto(sb);
            return sb.toString();
        }

        private void inlineInto(StringBuilder sb) throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            sb.append(r.getText());
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            problem("entity reference &" + r.getLocalName() + "; is not allowed");
                    case XMLStreamConstants.END_ELEMENT -> {
                        return;
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (isXliff("cp")) {
                            codePoint(sb);
                        } else if (isXliff("mrk")) {
                            inlineInto(sb);
                        } else if (NS.equals(r.getNamespaceURI()) && IGNORED_MARKERS.contains(r.getLocalName())) {
                            skip();
                        } else {
                            problem("inline element <" + r.getLocalName() + "> is not supported: write plain text");
                            skip();
                        }
                    }
                    default -> {
                        // comments and processing instructions carry no text
                    }
                }
            }
        }

        private void codePoint(StringBuilder sb) throws XMLStreamException {
            String hex = attr("hex");
            try {
                int cp = Integer.parseInt(hex, 16);
                if (!Character.isValidCodePoint(cp)) {
                    throw new NumberFormatException();
                }
                sb.appendCodePoint(cp);
            } catch (NumberFormatException | NullPointerException e) {
                problem("<cp hex=\"" + nullToEmpty(hex) + "\"> is not a valid code point");
            }
            skip();
        }

        /** Advances to the next child start element of the current element; false at its end tag. */
        private boolean nextChild() throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    problem("entity reference &" + r.getLocalName() + "; is not allowed");
                } else if (event == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                    problem("unexpected text '" + snippet(r.getText().strip()) + "'");
                }
            }
            return false;
        }

        /** Skips the current element and everything in it. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    problem("entity reference &" + r.getLocalName() + "; is not allowed");
                }
            }
        }

        /** Reads to the end of the document so that malformed XML after the root is reported. */
        private void drain() throws XMLStreamException {
            while (r.hasNext()) {
                r.next();
            }
        }

        private boolean isXliff(String local) {
            return NS.equals(r.getNamespaceURI()) && local.equals(r.getLocalName());
        }

        private String attr(String name) {
            return r.getAttributeValue(null, name);
        }

        private int line() {
            return Math.max(0, r.getLocation().getLineNumber());
        }

        private void problem(String message) {
            problems.add(new XliffProblem(line(), unit, message));
        }

        private void problem(int line, String message) {
            problems.add(new XliffProblem(line, unit, message));
        }
    }

    /** The parser's message without the JDK's "ParseError at [row,col]:" prefix. */
    private static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? "unreadable" : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
    }

    static String snippet(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
