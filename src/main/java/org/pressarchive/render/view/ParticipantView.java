package org.pressarchive.render.view;

/**
 * A participant as listed on a page: name, role, country, relative links to their page and their
 * country's page (null when there is none), colour class.
 */
public record ParticipantView(String id, String name, String role, String country, String href, String countryHref,
                              String colour) {
}
