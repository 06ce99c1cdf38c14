package org.pressarchive.render;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
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
        ObjectNode o = JSON.createObjectNode();
        o.put("@context", "https://schema.org");
        o.put("@type", "NewsArticle");
        o.put("headline", r.title());
        if (r.date() != null) {
            o.put("datePublished", r.date().toString());
        }
        o.put("inLanguage", r.lang());
        if (site.config().baseUrl() != null) {
            String url = Permalinks.absolute(site.config().baseUrl(), path);
            o.put("url", url);
            o.put("mainEntityOfPage", url);
        }
        if (r.location() != null) {
            ObjectNode place = o.putObject("locationCreated");
            place.put("@type", "Place");
            place.put("name", r.location());
        }
        publisher(site, o);
        ArrayNode mentions = o.putArray("mentions");
        for (Participant p : r.participants()) {
            ObjectNode person = mentions.addObject();
            person.put("@type", "Person");
            person.put("name", p.name());
            if (p.role() != null) {
                person.put("jobTitle", p.role());
            }
            if (p.country() != null) {
                ObjectNode country = person.putObject("nationality");
                country.put("@type", "Country");
                country.put("name", p.country());
            }
        }
        return scriptSafe(JSON.writeValueAsString(o));
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
        pub.put("name", site.config().publisher().isEmpty() ? site.config().title() : site.config().publisher());
    }

    /** Escapes the characters that could end a script element or start markup; JSON stays equivalent. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
