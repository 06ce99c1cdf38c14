package org.pressarchive.render.view;

/**
 * Where a page sits in a paginated list: its number (1-based), the number of pages, relative
 * links to the previous and next pages (null at the ends).
 */
public record Pager(int number, int total, String previous, String next) {
    public boolean paginated() {
        return total > 1;
    }
}
