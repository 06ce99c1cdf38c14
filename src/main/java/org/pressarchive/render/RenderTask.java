package org.pressarchive.render;

import java.util.function.Supplier;

/** One output file to produce: its root-relative path and how to render its bytes (run later, maybe in parallel). */
public record RenderTask(String path, Supplier<byte[]> content) {
}
