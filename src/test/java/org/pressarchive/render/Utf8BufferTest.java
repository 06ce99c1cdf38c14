package org.pressarchive.render;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Utf8Buffer} gives the bytes of {@code String.getBytes(UTF_8)}, however the text is cut into writes. */
class Utf8BufferTest {
    static byte[] expected(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void encodesAsciiLatinBmpAndSupplementaryCharacters() {
        String s = "<p class=\"x\">Élodie « œuvre » — 1er € 中文 😀𝄞</p>";
        Utf8Buffer b = new Utf8Buffer(4);
        b.write(s);
        assertThat(b.take()).isEqualTo(expected(s));
        b.write(s.toCharArray(), 0, s.length());
        b.append(s, 0, 3).append('!');
        assertThat(b.take()).isEqualTo(expected(s + s.substring(0, 3) + "!"));
        assertThat(b.take()).isEmpty();
    }

    @Test
    void replacesLoneSurrogatesWithAQuestionMarkAsTheJdkDoes() {
        String[] cases = {"a\uD83Db", "a\uDE00b", "\uD83D\uD83D\uDE00", "\uDE00\uD83D", "end\uD83D", "\uD83D"};
        for (String s : cases) {
            Utf8Buffer b = new Utf8Buffer(4);
            b.write(s);
            assertThat(b.take()).as(s).isEqualTo(expected(s));
        }
    }

    @Test
    void aPairSplitAcrossTwoWritesStaysOneCharacter() {
        Random random = new Random(3);
        String[] parts = {"a", "é", "€", "\uD83D", "\uDE00", "😀", "&", " ", "中"};
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            Utf8Buffer b = new Utf8Buffer(1);
            for (int w = random.nextInt(8); w > 0; w--) {
                StringBuilder piece = new StringBuilder();
                for (int k = random.nextInt(4); k > 0; k--) {
                    piece.append(parts[random.nextInt(parts.length)]);
                }
                text.append(piece);
                switch (random.nextInt(3)) {
                    case 0 -> b.write(piece.toString());
                    case 1 -> b.write(piece.toString().toCharArray(), 0, piece.length());
                    default -> piece.chars().forEach(b::write);
                }
            }
            assertThat(b.take()).as(text.toString()).isEqualTo(expected(text.toString()));
        }
    }

    @Test
    void longTextsCopiedInBlocksGiveTheSameBytes() {
        Random random = new Random(5);
        String[] parts = {"a", "bc", "é", "€", "\uD83D", "\uDE00", "😀", "&", " ", "中", "abcdefghij"};
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            Utf8Buffer b = new Utf8Buffer(16);
            for (int w = 1 + random.nextInt(4); w > 0; w--) {
                StringBuilder piece = new StringBuilder();
                int size = random.nextInt(3) == 0 ? random.nextInt(Utf8Buffer.SHORT + 3)
                        : random.nextInt(3 * Utf8Buffer.BLOCK);
                while (piece.length() < size) {
                    piece.append(parts[random.nextInt(parts.length)]);
                }
                text.append(piece);
                if (random.nextBoolean()) {
                    b.write(piece.toString());
                } else {
                    String padded = "xy" + piece + "z";
                    b.write(padded, 2, piece.length());
                }
            }
            assertThat(b.take()).isEqualTo(expected(text.toString()));
        }
    }
}
