package org.pressarchive.render;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.site.Permalinks;

/**
 * JSON-LD blocks (schema.org) for {@code <script type="application/ld+json">}: {@code NewsArticle}
 * on release pages, {@code WebSite} on the home page. Built with Jackson, then made safe inside
 * a script element: {@code <}, {@code >} and {@code &} become JSON escapes, so no text can close
 * the element.
 */
final class StructuredData {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private StructuredData() {
    }

    static String article(SiteContext site, Release r, String path) {
        // Written by hand, with Jackson's escaping (JsonText): building and writing a tree with
        // Jackson cost about a twentieth of a release page. website() keeps Jackson (one page).
        JsonText o = new JsonText(512);
        o.open();
        o.field("@context", "https://schema.org");
        o.field("@type", "NewsArticle");
        o.field("headline", r.title());
        if (r.date() != null) {
            o.field("datePublished", r.date().toString());
        }
        o.field("inLanguage", r.lang());
        if (site.config().baseUrl() != null) {
            String url = Permalinks.absolute(site.config().baseUrl(), path);
            o.field("url", url);
            o.field("mainEntityOfPage", url);
        }
        if (r.location() != null) {
            o.openObject("locationCreated");
            o.field("@type", "Place");
            o.field("name", r.location());
            o.close();
        }
        o.openObject("publisher");
        o.field("@type", "Organization");
        o.field("name", publisherName(site));
        o.close();
        o.openArray("mentions");
        for (Participant p : r.participants()) {
            o.open();
            o.field("@type", "Person");
            o.field("name", p.name());
            if (p.role() != null) {
                o.field("jobTitle", p.role());
            }
            if (p.country() != null) {
                o.openObject("nationality");
                o.field("@type", "Country");
                o.field("name", p.country());
                o.close();
            }
            o.close();
        }
        o.closeArray();
        o.close();
        return scriptSafe(o.toString());
    }

    static String website(SiteContext site, String lang, String path) {
        ObjectNode o = JSON.createObjectNode();
        o.put("@context", "https://schema.org");
        o.put("@type", "WebSite");
        o.put("name", site.config().title());
        if (!site.config().description().isEmpty()) {
            o.put("description", site.config().description());
        }
        o.put("inLanguage", lang);
        if (site.config().baseUrl() != null) {
            o.put("url", Permalinks.absolute(site.config().baseUrl(), path));
        }
        publisher(site, o);
        return scriptSafe(JSON.writeValueAsString(o));
    }

    private static void publisher(SiteContext site, ObjectNode o) {
        ObjectNode pub = o.putObject("publisher");
        pub.put("@type", "Organization");
        pub.put("name", publisherName(site));
    }

    private static String publisherName(SiteContext site) {
        return site.config().publisher().isEmpty() ? site.config().title() : site.config().publisher();
    }

    /** Escapes the characters that could end a script element or start markup; JSON stays equivalent. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
