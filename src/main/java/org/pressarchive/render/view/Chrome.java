package org.pressarchive.render.view;

import java.util.List;

/**
 * What every page's layout needs: language, titles, relative links to the stylesheet, the home
 * page and the main navigation, the same page in the other interface languages, and the
 * canonical address.
 *
 * @param canonical absolute URL of this page, or null without a base URL
 * @param search    relative link to the search page of this language (the header's search form)
 */
public record Chrome(String lang, String siteTitle, String pageTitle, String description, String css, String home,
                     List<Link> nav, List<Alternate> alternates, String canonical, String search) {

    /** The same page in another interface language. {@code absolute} is null without a base URL. */
    public record Alternate(String lang, String label, String href, String absolute, boolean current) {
    }
}
