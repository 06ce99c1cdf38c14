package org.pressarchive.render;

import java.util.List;
import java.util.Locale;

import org.pressarchive.render.view.Link;
import org.pressarchive.render.view.MentionView;
import org.pressarchive.render.view.ReleaseSummary;
import org.pressarchive.render.view.StatementView;

/**
 * The items of the long lists of listing pages, written by code: releases (archives by month, a
 * speaker's or a country's releases, the home page), a speaker's statements, a theme's mentions.
 * A list page's template keeps its layout and places the items of a list with one expression,
 * {@code <ol class="release-list" th:utext="${#html.releases(list)}"></ol>}, instead of a loop that
 * evaluates a dozen expressions per item (see {@link TextHtml} for the same on release pages).
 * Templates reach this class as the expression object {@code #html} ({@link HtmlDialect}), made
 * for the page's language.
 *
 * <p>The markup, line breaks and indents are exactly those of the template forms of these lists
 * in {@code fragments.html} ({@code releasesTemplate(list)}, {@code statementsTemplate(list)},
 * {@code mentionsTemplate(list)}), which a theme can insert instead; the tests check that both give
 * the same bytes. Text and attribute values are escaped by {@link Html}; an empty or null
 * {@code id}, {@code lang}, {@code title} or {@code datetime} is left out as {@code th:*} does.
 */
public final class ListHtml {
    private final MessageBundles messages;
    private final Locale locale;
    private final String lang;

    /** @param locale the page's locale: its language picks the messages, as {@code #{...}} does */
    public ListHtml(MessageBundles messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.lang = locale.getLanguage();
    }

    /**
     * The items of {@code fragments.html :: releases(list)}: date, title link, the languages the
     * release can be read in (when more than one), place, speakers.
     */
    public String releases(List<ReleaseSummary> list) {
        StringBuilder out = new StringBuilder(64 + 512 * list.size());
        String languagesTitle = null;
        out.append("\n  ");
        for (int n = 0; n < list.size(); n++) {
            ReleaseSummary r = list.get(n);
            out.append(n == 0 ? "" : "\n  ").append("<li>\n    ");
            if (r.dateIso() != null) {
                time(out, r.dateIso(), r.dateLong());
            }
            out.append("\n    <a");
            href(out, r.href());
            attribute(out, "lang", r.titleLang());
            out.append('>');
            Html.escape(out, r.title());
            out.append("</a>\n    ");
            if (r.languages().size() > 1) {
                if (languagesTitle == null) {
                    languagesTitle = require("list.languages");
                }
                out.append("<span class=\"langs\"");
                attribute(out, "title", languagesTitle);
                out.append('>');
                for (String l : r.languages()) {
                    out.append("<abbr");
                    attribute(out, "lang", l);
                    attribute(out, "title", messages.message(lang, "lang." + l).orElse(null));
                    out.append('>');
                    Html.escape(out, l == null ? null : l.toUpperCase(locale));
                    out.append("</abbr>");
                }
                out.append("</span>");
            }
            out.append("\n    ");
            if (r.location() != null) {
                out.append("<span class=\"where\">");
                Html.escape(out, r.location());
                out.append("</span>");
            }
            out.append("\n    ");
            if (r.participants() != null && !r.participants().isEmpty()) {
                out.append("<span class=\"who-list\">");
                for (int i = 0; i < r.participants().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    Html.escape(out, String.valueOf(r.participants().get(i)));
                }
                out.append("</span>");
            }
            out.append("\n  </li>");
        }
        return out.append('\n').toString();
    }

    /**
     * The items of a speaker's statement list ({@code speaker.html}): date, release, place of the
     * statement, the other voices of a joint one, and the quoted text.
     */
    public String statements(List<StatementView> list) {
        StringBuilder out = new StringBuilder(64 + 1024 * list.size());
        out.append("\n      ");
        for (int n = 0; n < list.size(); n++) {
            StatementView st = list.get(n);
            out.append(n == 0 ? "" : "\n      ").append("<li>\n        <p class=\"statement-meta\">");
            if (st.dateIso() != null) {
                time(out, st.dateIso(), st.dateLong());
            } else {
                out.append("<span>");
                Html.escape(out, st.dateLong());
                out.append("</span>");
            }
            out.append(" · <a");
            href(out, st.releaseHref());
            out.append('>');
            Html.escape(out, st.releaseTitle());
            out.append("</a> · <a class=\"place\"");
            href(out, st.href());
            out.append('>');
            Html.escape(out, st.place());
            out.append("</a>");
            if (st.jointWith() != null) {
                out.append(" · <span class=\"joint-note\">");
                Html.escape(out, st.jointWith());
                out.append("</span>");
            }
            out.append("</p>\n        <blockquote");
            attribute(out, "lang", st.textLang());
            out.append("><p>");
            Html.escape(out, st.text());
            out.append("</p></blockquote>\n      </li>");
        }
        return out.append("\n    ").toString();
    }

    /** The items of a theme's list of releases naming it ({@code theme.html}), with links to the paragraphs. */
    public String mentions(List<MentionView> list) {
        StringBuilder out = new StringBuilder(64 + 512 * list.size());
        out.append("\n    ");
        for (int n = 0; n < list.size(); n++) {
            MentionView m = list.get(n);
            ReleaseSummary r = m.release();
            out.append(n == 0 ? "" : "\n    ").append("<li>\n      ");
            if (r.dateIso() != null) {
                time(out, r.dateIso(), r.dateLong());
            }
            out.append("\n      <a");
            href(out, r.href());
            out.append('>');
            Html.escape(out, r.title());
            out.append("</a>\n      <span class=\"paragraph-links\">");
            List<Link> paragraphs = m.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append("<a");
                href(out, paragraphs.get(i).href());
                out.append('>');
                Html.escape(out, paragraphs.get(i).label());
                out.append("</a>");
            }
            out.append("</span>\n    </li>");
        }
        return out.append("\n  ").toString();
    }

    private String require(String key) {
        return messages.message(lang, key).orElseThrow(() -> new IllegalStateException(
                "message '" + key + "' is missing for language " + lang));
    }

    /** {@code th:href}: left out when null, kept when empty. */
    private static void href(StringBuilder out, String value) {
        if (value != null) {
            out.append(" href=\"");
            Html.escape(out, value);
            out.append('"');
        }
    }

    /** A "removable" attribute of {@code th:*}: left out when null or empty. */
    /** {@code <time datetime="…">…</time>}, escaped. */
    private static void time(StringBuilder out, String iso, String shown) {
        out.append("<time");
        attribute(out, "datetime", iso);
        out.append('>');
        Html.escape(out, shown);
        out.append("</time>");
    }

    private static void attribute(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(' ').append(name).append("=\"");
            Html.escape(out, value);
            out.append('"');
        }
    }
}
