package org.pressarchive.parse;

import org.pressarchive.model.Participant;
import org.pressarchive.model.Slugs;

/**
 * A participant while the parser works on a release: the public {@link Participant} plus the
 * gender the text shows, used to resolve pronouns and agreement.
 */
record Actor(String name, String role, String country, Gender gender) {

    String id() {
        return Slugs.slug(name);
    }

    Participant toParticipant() {
        return new Participant(id(), name, role, country);
    }

    /** This actor completed with what {@code other} knows and this one does not. */
    Actor mergedWith(Actor other) {
        return new Actor(name, role != null ? role : other.role, country != null ? country : other.country,
                gender.or(other.gender));
    }
}
