package org.pressarchive.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.pressarchive.site.ContentDigest;

/**
 * Skips template rendering when a page's inputs are those of a page of the previous build. A
 * template's output is a function of the template set, the messages, the page language and the
 * view records it is given (immutable records, whose {@code toString} shows every component), so
 * the key of a page is a digest ({@link ContentDigest}) of a salt (tool, theme and configuration digests), the template
 * name, the language and the variables' text. A key seen in the previous build names the digest
 * of the bytes it gave; those bytes are fetched from the previous output (and checked against that
 * digest by the fetcher) instead of being rendered again. Anything the memo cannot vouch for is
 * simply rendered: a view that is not a record or a list of them has an identity {@code toString}
 * and never matches.
 */
public final class RenderMemo {
    /** No memo: everything is rendered. */
    public static final RenderMemo NONE = new RenderMemo("", Map.of(), sha -> Optional.empty());

    private final String salt;
    private final Map<String, String> previous;
    private final Function<String, Optional<byte[]>> previousBytes;
    private final Map<String, String> current = new ConcurrentHashMap<>();

    /**
     * @param salt          digest of everything outside the variables that the output depends on
     * @param previous      key → digest (hex) of the output bytes, from the previous build
     * @param previousBytes digest (hex) → bytes of the previous output with that digest, checked
     */
    public RenderMemo(String salt, Map<String, String> previous, Function<String, Optional<byte[]>> previousBytes) {
        this.salt = salt;
        this.previous = Map.copyOf(previous);
        this.previousBytes = previousBytes;
    }

    byte[] render(String template, String lang, Map<String, Object> variables, Supplier<byte[]> render) {
        if (this == NONE) {
            return render.get();
        }
        String key = key(template, lang, variables);
        String sha = previous.get(key);
        if (sha != null) {
            Optional<byte[]> bytes = previousBytes.apply(sha);
            if (bytes.isPresent()) {
                current.put(key, sha);
                return bytes.get();
            }
        }
        byte[] out = render.get();
        current.put(key, digest(out));
        return out;
    }

    /** The keys of this build's pages and the digests of their bytes, for the next build. */
    public Map<String, String> current() {
        return new TreeMap<>(current);
    }

    private String key(String template, String lang, Map<String, Object> variables) {
        StringBuilder sb = new StringBuilder(4096).append(salt).append('\0').append(template).append('\0')
                .append(lang);
        new TreeMap<>(variables).forEach((k, v) -> sb.append('\0').append(k).append('=').append(v));
        return digest(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of a page's or file's bytes, or of a key's text ({@link ContentDigest}). */
    public static String digest(byte[] bytes) {
        return ContentDigest.of(bytes);
    }
}
