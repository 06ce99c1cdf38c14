package org.pressarchive.site;

import java.util.List;

import org.pressarchive.model.Release;

/**
 * Where the text of the site's releases lives while the site is built. The site index holds each
 * release's head (its metadata and participants, no paragraphs) and the few facts its listings
 * need ({@link Facts}); a page that shows a release's text asks the store for it, so a build holds
 * the texts of the releases being rendered, not of the whole archive. The build's store reads
 * them back from its cache; {@link #IN_MEMORY} serves releases that still carry their text.
 */
public interface ReleaseStore {
    /** The releases already carry their text (small sites and tests). */
    ReleaseStore IN_MEMORY = new ReleaseStore() {
        @Override
        public Release full(Release release) {
            return release;
        }

        @Override
        public Facts facts(Release release) {
            return Facts.of(release);
        }

        @Override
        public String version(Release head) {
            return null;
        }
    };

    /** The release with its paragraphs; thread-safe. */
    Release full(Release head);

    /** What the site's listings need of the release's text. */
    Facts facts(Release head);

    /** Where the release's text names the vocabulary's themes (a store may keep these across builds). */
    default List<ThemeIndex.Hit> themeHits(Release head, ThemeIndex.Vocabulary vocabulary) {
        return vocabulary.find(full(head));
    }

    /**
     * A digest that changes whenever the release's parse model (id included) may change, or null
     * when the store cannot tell: pages keyed on it are then always rendered.
     */
    String version(Release head);

    /**
     * A digest that changes whenever what the site's listings show of the release may change: its
     * head (title, date, place, participants, tags, source address, translation link), its
     * {@link Facts} and the theme hits this store gave for it in this build ({@link #themeHits},
     * called first), but not the rest of its text. Pages listing releases are keyed on it (see
     * {@link SiteIndex#listingDigest}), so an edit of a release's text that leaves those alone
     * renders its own page again, not every list it is in. Null when the store cannot tell. By
     * default, {@link #version}, which changes with any edit.
     */
    default String listingVersion(Release head) {
        return version(head);
    }

    /** What the listings need of a release's text, computed once from it. */
    record Facts(List<SpeakerIndex.Said> statements, List<ThemeIndex.Definition> definitions) {
        public Facts {
            statements = List.copyOf(statements);
            definitions = List.copyOf(definitions);
        }

        public static Facts of(Release full) {
            return new Facts(SpeakerIndex.Said.of(full), ThemeIndex.Definition.of(full));
        }
    }

    /** The head of a release: the same record without its paragraphs. */
    static Release head(Release full) {
        return new Release(full.id(), full.source(), full.lang(), full.date(), full.location(), full.title(),
                full.participants(), List.of(), full.warnings(), full.meta());
    }
}
