package org.pressarchive.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document (feed, sitemap) through a streaming writer, which escapes every text and
 * attribute; characters XML cannot hold at all (C0 controls) are dropped first.
 */
final class XmlOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16384);
    private final XMLStreamWriter w;
    private int depth;

    XmlOutput() {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot create an XML writer", e);
        }
    }

    /** Opens an element in the default namespace {@code ns} (only for the root) or in the current one. */
    XmlOutput open(String name, String... attributes) {
        try {
            newline();
            w.writeStartElement(name);
            attrs(attributes);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOutput namespace(String prefix, String uri) {
        try {
            if (prefix.isEmpty()) {
                w.writeDefaultNamespace(uri);
            } else {
                w.writeNamespace(prefix, uri);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOutput close() {
        try {
            depth--;
            newline();
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding only text: {@code <name attrs>text</name>}. */
    XmlOutput text(String name, String text, String... attributes) {
        try {
            newline();
            w.writeStartElement(name);
            attrs(attributes);
            w.writeCharacters(clean(text));
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An empty element with attributes (name/value pairs). */
    XmlOutput empty(String name, String... attributes) {
        try {
            newline();
            w.writeEmptyElement(name);
            attrs(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] finish() {
        try {
            w.writeEndDocument();
            w.writeCharacters("\n");
            w.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attrs(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            w.writeAttribute(attributes[i], clean(attributes[i + 1]));
        }
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(Math.max(0, depth)));
    }

    /** The text without characters that are not allowed in XML 1.0. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
