package org.pressarchive.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.pressarchive.model.Warning;

/**
 * Decodes input bytes: UTF-8 with or without BOM; bytes that are not valid UTF-8 are read as
 * Windows-1252 with a warning naming the line of the first invalid byte. A file with NUL bytes is
 * reported as binary. The result is NFC-normalised; line endings are kept (readers split on any).
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BINARY_PROBE = 8192;

    public DecodedText decode(byte[] bytes) {
        List<Warning> warnings = new ArrayList<>();
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            Charset utf16 = (bytes[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            String text = new String(bytes, 2, bytes.length - 2, utf16);
            return new DecodedText(Normalizer.normalize(text, Normalizer.Form.NFC), warnings, false);
        }
        if (looksBinary(bytes, offset)) {
            return new DecodedText("", List.of(new Warning(0, "binary file (NUL bytes), not a text release: skipped")), true);
        }
        String text;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            int line = lineOfFirstInvalidByte(bytes, offset);
            warnings.add(new Warning(line, "invalid UTF-8 (first bad byte on this line): file read as Windows-1252"));
            text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
        return new DecodedText(Normalizer.normalize(text, Normalizer.Form.NFC), warnings, false);
    }

    private static boolean looksBinary(byte[] bytes, int offset) {
        int end = Math.min(bytes.length, offset + BINARY_PROBE);
        for (int i = offset; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** 1-based line of the first byte sequence that is not valid UTF-8. */
    static int lineOfFirstInvalidByte(byte[] bytes, int offset) {
        int line = 1;
        int i = offset;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > bytes.length) {
                return line;
            }
            for (int k = 1; k < len; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return line;
                }
            }
            if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
            i += len;
        }
        return line;
    }
}
