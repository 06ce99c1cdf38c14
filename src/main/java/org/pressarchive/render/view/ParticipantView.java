package org.pressarchive.render.view;

/** A participant as listed on a page: name, role, country, link to their page, colour class. */
public record ParticipantView(String id, String name, String role, String country, String href, String colour) {
}
