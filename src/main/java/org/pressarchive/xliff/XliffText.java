package org.pressarchive.xliff;

import java.util.regex.Pattern;

import org.pressarchive.model.Whitespace;

/**
 * Whitespace rules for XLIFF text: tools may re-indent or wrap {@code <source>} and {@code <target>}
 * (XLIFF's default {@code xml:space}), so runs of XML whitespace (space, tab, CR, LF) count as one
 * space and leading or trailing whitespace is dropped, both when comparing sources with the
 * original and when taking targets in. Other spaces (NBSP before « » and ; : ! ?) are kept.
 */
final class XliffText {
    private static final Pattern XML_SPACE = Pattern.compile("[ \\t\\r\\n]+");

    private XliffText() {
    }

    static String normalize(String s) {
        return Whitespace.strip(XML_SPACE.matcher(s).replaceAll(" "));
    }
}
