package org.pressarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ByteBufTest {
    @Test
    void holdsWhatWasAppendedAcrossBlocks() {
        Random random = new Random(7);
        ByteBuf buf = new ByteBuf();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        while (expected.size() < 5 * ByteBuf.LARGEST + 12345) {
            if (random.nextBoolean()) {
                byte b = (byte) random.nextInt(128);
                buf.append(b);
                expected.write(b);
            } else {
                byte[] run = new byte[random.nextInt(random.nextInt(10) == 0 ? 3 * ByteBuf.LARGEST : 40)];
                random.nextBytes(run);
                int from = run.length == 0 ? 0 : random.nextInt(run.length);
                buf.append(run, from, run.length - from);
                expected.write(run, from, run.length - from);
            }
        }
        byte[] all = expected.toByteArray();
        assertThat(buf.length).isEqualTo(all.length);
        assertThat(buf.toArray()).isEqualTo(all);
        for (int i = 0; i < all.length; i++) {
            assertThat(buf.get(i)).isEqualTo(all[i]);
        }
        for (int k = 0; k < 500; k++) {
            int from = random.nextInt(all.length);
            int count = random.nextInt(Math.min(all.length - from, 3 * ByteBuf.LARGEST) + 1);
            byte[] out = new byte[count + 2];
            buf.copy(from, out, 1, count);
            assertThat(Arrays.copyOfRange(out, 1, count + 1)).isEqualTo(Arrays.copyOfRange(all, from, from + count));
        }
        assertThatThrownBy(() -> buf.copy(all.length - 1, new byte[4], 0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(new ByteBuf().toArray()).isEmpty();
    }

    @Test
    void vlqNumbersReadBackFromBlocks() {
        ByteBuf buf = new ByteBuf();
        int[] values = new int[3000];
        Random random = new Random(3);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(1 << random.nextInt(28));
            Vlq.append(buf, values[i]);
        }
        int[] at = {0};
        for (int v : values) {
            assertThat(Vlq.next(buf, at)).isEqualTo(v);
        }
        assertThat(at[0]).isEqualTo(buf.length);
        assertThat(Vlq.decode(buf.toString())).containsExactly(values);
    }
}
