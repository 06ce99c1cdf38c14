package org.pressarchive.xliff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link XliffDocument} as XLIFF 2.1 with the JDK's StAX writer: UTF-8, two-space
 * indentation, attributes in a fixed order, LF line endings, so the same document always gives
 * the same bytes. Characters that XML 1.0 cannot carry (control characters) are written as
 * XLIFF {@code <cp hex="…"/>} elements, as the standard prescribes. Thread-safe.
 */
public final class XliffWriter {
    private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();

    /** The document as bytes. */
    public byte[] write(XliffDocument doc) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = factory.createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            newline(w, 0);
            w.setDefaultNamespace(XliffDocument.NAMESPACE);
            w.writeStartElement(XliffDocument.NAMESPACE, "xliff");
            w.writeDefaultNamespace(XliffDocument.NAMESPACE);
            w.writeAttribute("version", XliffDocument.VERSION);
            w.writeAttribute("srcLang", doc.srcLang());
            if (doc.trgLang() != null) {
                w.writeAttribute("trgLang", doc.trgLang());
            }
            for (XliffFile f : doc.files()) {
                writeFile(w, f);
            }
            newline(w, 0);
            w.writeEndElement();
            newline(w, 0);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XLIFF: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void writeFile(XMLStreamWriter w, XliffFile f) throws XMLStreamException {
        newline(w, 1);
        w.writeStartElement(XliffDocument.NAMESPACE, "file");
        w.writeAttribute("id", f.id());
        if (f.original() != null) {
            w.writeAttribute("original", f.original());
        }
        writeNotes(w, f.notes(), 2);
        for (XliffUnit u : f.units()) {
            newline(w, 2);
            w.writeStartElement(XliffDocument.NAMESPACE, "unit");
            w.writeAttribute("id", u.id());
            writeNotes(w, u.notes(), 3);
            for (XliffSegment s : u.segments()) {
                newline(w, 3);
                w.writeStartElement(XliffDocument.NAMESPACE, "segment");
                w.writeAttribute("id", s.id());
                if (s.state() != null) {
                    w.writeAttribute("state", s.state());
                }
                textElement(w, "source", s.source(), 4);
                if (s.target() != null) {
                    textElement(w, "target", s.target(), 4);
                }
                newline(w, 3);
                w.writeEndElement();
            }
            newline(w, 2);
            w.writeEndElement();
        }
        newline(w, 1);
        w.writeEndElement();
    }

    private static void writeNotes(XMLStreamWriter w, List<XliffNote> notes, int depth) throws XMLStreamException {
        if (notes.isEmpty()) {
            return;
        }
        newline(w, depth);
        w.writeStartElement(XliffDocument.NAMESPACE, "notes");
        for (XliffNote n : notes) {
            newline(w, depth + 1);
            w.writeStartElement(XliffDocument.NAMESPACE, "note");
            if (n.category() != null) {
                w.writeAttribute("category", n.category());
            }
            writeText(w, n.text());
            w.writeEndElement();
        }
        newline(w, depth);
        w.writeEndElement();
    }

    private static void textElement(XMLStreamWriter w, String name, String text, int depth) throws XMLStreamException {
        newline(w, depth);
        w.writeStartElement(XliffDocument.NAMESPACE, name);
        writeText(w, text);
        w.writeEndElement();
    }

    /** Text with characters not allowed in XML 1.0 (and CR, which parsers would turn into LF) as {@code <cp/>}. */
    private static void writeText(XMLStreamWriter w, String text) throws XMLStreamException {
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (!isXmlChar(cp) || cp == '\r') {
                if (i > run) {
                    w.writeCharacters(text.substring(run, i));
                }
                w.writeEmptyElement(XliffDocument.NAMESPACE, "cp");
                w.writeAttribute("hex", String.format(Locale.ROOT, "%04X", cp));
                run = i + len;
            }
            i += len;
        }
        if (run < text.length()) {
            w.writeCharacters(text.substring(run));
        }
    }

    /** The XML 1.0 {@code Char} production; lone surrogates are not characters. */
    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static void newline(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The UTF-8 string of {@link #write}, for tests and messages. */
    String writeString(XliffDocument doc) {
        return new String(write(doc), StandardCharsets.UTF_8);
    }
}
