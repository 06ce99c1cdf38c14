package org.pressarchive.render.view;

/** An entry of an index page: label, relative link, count in words, and a detail line (roles, country), maybe null. */
public record Entry(String label, String href, String count, String detail) {
}
