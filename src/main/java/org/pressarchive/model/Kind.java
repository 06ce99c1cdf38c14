package org.pressarchive.model;

/** What a sentence or segment reports (see ATTRIBUTION.md). */
public enum Kind {
    /** The publisher's own voice: framing, background, logistics, editorial marks. No speaker. */
    NARRATION,
    /** The content of what someone said, thinks, wants, agrees to or commits to. */
    STATEMENT,
    /** A communicative act whose content is not given (thanking, congratulating, informing of…). */
    ACTION;

    /** The lower-case name used in the JSON model and in CSS classes. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
