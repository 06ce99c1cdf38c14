package org.pressarchive.model;

/**
 * A person taking part in the event (meeting, call, press conference, speech).
 *
 * @param id      stable slug of the canonical name, e.g. {@code wang-yi}
 * @param name    canonical name as first introduced, without titles
 * @param role    office as given at introduction, or {@code null}
 * @param country country in French (e.g. {@code Chine}), or {@code null}
 */
public record Participant(String id, String name, String role, String country) {
    public Participant {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(name, "name");
    }
}
