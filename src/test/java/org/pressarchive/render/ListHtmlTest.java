package org.pressarchive.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.render.view.Link;
import org.pressarchive.render.view.MentionView;
import org.pressarchive.render.view.ReleaseSummary;
import org.pressarchive.render.view.StatementView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ListHtml} (the templates' {@code #html}) writes the same bytes as the template forms of
 * the lists in {@code fragments.html}, rendered by the real engine, in French and English, for
 * hostile text in every field, links with {@code &}, empty and missing values, and empty lists.
 */
class ListHtmlTest {
    static final String SPECIAL = "& < > \" ' &amp; </li><script>alert('x')</script> \"><img src=x onerror=alert(1)>";

    @TempDir
    static Path theme;
    static TemplateRenderer renderer;

    @BeforeAll
    static void engine() throws Exception {
        // Each probe renders one list both ways, the template form first, separated by a line of dashes.
        probe("releases.html", "<ol th:replace=\"~{fragments.html :: releasesTemplate(${list})}\"></ol>\n-----\n"
                + "<ol th:replace=\"~{fragments.html :: releases(${list})}\"></ol>");
        probe("statements.html", "<ol class=\"statement-list\" th:insert=\"~{fragments.html :: statementsTemplate(${list})}\"></ol>"
                + "\n-----\n<ol class=\"statement-list\" th:utext=\"${#html.statements(list)}\"></ol>");
        probe("mentions.html", "<ol class=\"release-list\" th:insert=\"~{fragments.html :: mentionsTemplate(${list})}\"></ol>"
                + "\n-----\n<ol class=\"release-list\" th:utext=\"${#html.mentions(list)}\"></ol>");
        ThemeFiles files = new ThemeFiles(theme);
        renderer = new TemplateRenderer(files, new MessageBundles(files, List.of("fr", "en")));
    }

    static void probe(String name, String body) throws Exception {
        Files.writeString(theme.resolve(name), body, StandardCharsets.UTF_8);
    }

    /** Renders the probe and checks that both halves are the same; returns the code's half. */
    static String bothWays(String probe, String lang, List<?> list) {
        String out = new String(renderer.render(probe, lang, Map.of("list", list)), StandardCharsets.UTF_8);
        String[] halves = out.split("\n-----\n", -1);
        assertThat(halves).hasSize(2);
        assertThat(halves[1]).as(probe + " in " + lang).isEqualTo(halves[0]);
        return halves[1];
    }

    static ReleaseSummary summary(String suffix, String dateIso, String location, List<String> participants,
                                  List<String> languages) {
        return new ReleaseSummary("id" + suffix, "Titre" + suffix, "fr", dateIso, dateIso == null ? "" : "28 octobre 2025",
                location, participants, "../communiques/x.html?a=1&b=2" + suffix, languages);
    }

    @Test
    void releasesInEveryShape() {
        List<ReleaseSummary> list = List.of(
                summary(" " + SPECIAL, "2025-10-28", "Beijing " + SPECIAL, List.of("Wang Yi", "Évi " + SPECIAL),
                        List.of("fr")),
                summary("", null, null, List.of(), List.of("fr", "en", "zh", "xx")),
                new ReleaseSummary("id", "Title", "en", "2025-01-01", "1 January 2025", "", List.of(""), "", List.of("en", "fr")),
                new ReleaseSummary("id", "", "", "", "", null, List.of("A", "B", "C"), "a.html", List.of("fr", "it", "tr")));
        for (String lang : List.of("fr", "en")) {
            for (int n = 0; n <= list.size(); n++) {
                bothWays("releases.html", lang, list.subList(0, n));
            }
        }
        assertThat(bothWays("releases.html", "fr", list.subList(0, 1)))
                .contains("<a href=\"../communiques/x.html?a=1&amp;b=2 &amp; &lt; &gt; &quot; &#39; ")
                .contains("<span class=\"who-list\">Wang Yi, Évi &amp; &lt; &gt;").doesNotContain("<script").doesNotContain("<img");
        assertThat(bothWays("releases.html", "fr", list.subList(1, 2))).contains("<span class=\"langs\" title=\"Langues disponibles\">"
                + "<abbr lang=\"fr\" title=\"français\">FR</abbr><abbr lang=\"en\" title=\"anglais\">EN</abbr>"
                + "<abbr lang=\"zh\" title=\"chinois\">ZH</abbr><abbr lang=\"xx\">XX</abbr></span>");
    }

    @Test
    void statementsDatedUndatedJointAndHostile() {
        List<StatementView> list = List.of(
                new StatementView("2025-10-28", "28 octobre 2025", "Titre " + SPECIAL, "../communiques/a.html?x=1&y=2",
                        "../communiques/a.html#p2-s1", "¶ 2", "Il a dit " + SPECIAL, null, "fr"),
                new StatementView(null, "Sans date", "Titre", "b.html", "b.html#p1-s1", "¶ 1", "Texte",
                        "voix commune avec " + SPECIAL, "en"),
                new StatementView("", "", "", "", "", "", "", "", ""));
        for (String lang : List.of("fr", "en")) {
            for (int n = 0; n <= list.size(); n++) {
                bothWays("statements.html", lang, list.subList(0, n));
            }
        }
        assertThat(bothWays("statements.html", "fr", list.subList(1, 2)))
                .contains("<p class=\"statement-meta\"><span>Sans date</span> · <a href=\"b.html\">Titre</a> · "
                        + "<a class=\"place\" href=\"b.html#p1-s1\">¶ 1</a> · <span class=\"joint-note\">voix commune avec &amp; ");
    }

    @Test
    void mentionsWithNoneOneOrSeveralParagraphs() {
        List<MentionView> list = List.of(
                new MentionView(summary(SPECIAL, "2025-10-28", null, List.of(), List.of("fr")),
                        List.of(new Link("¶ 2", "../communiques/a.html?q=1&r=2#p2"), new Link("¶ " + SPECIAL, "#p3"))),
                new MentionView(summary("", null, null, List.of(), List.of("fr")), List.of()),
                new MentionView(summary("", "", null, List.of(), List.of("fr")), List.of(new Link("", ""))));
        for (String lang : List.of("fr", "en")) {
            for (int n = 0; n <= list.size(); n++) {
                bothWays("mentions.html", lang, list.subList(0, n));
            }
        }
        assertThat(bothWays("mentions.html", "fr", list.subList(0, 1))).contains(
                "<span class=\"paragraph-links\"><a href=\"../communiques/a.html?q=1&amp;r=2#p2\">¶ 2</a>, <a href=\"#p3\">¶ &amp; ");
    }

    @Test
    void randomListsMatchTheTemplates() {
        Random random = new Random(11);
        String[] alphabet = {"a", "é", " ", "&", "<", ">", "\"", "'", "’", "«", "\u00a0", "😀", "&amp;", "\n", "."};
        List<ReleaseSummary> releases = new ArrayList<>();
        List<StatementView> statements = new ArrayList<>();
        List<MentionView> mentions = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            List<String> names = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                names.add(text(random, alphabet));
            }
            List<String> languages = new ArrayList<>(List.of("fr"));
            for (int k = random.nextInt(3); k > 0; k--) {
                languages.add(random.nextBoolean() ? "en" : text(random, alphabet));
            }
            ReleaseSummary r = new ReleaseSummary(text(random, alphabet), text(random, alphabet), maybe(random, alphabet),
                    maybe(random, alphabet), text(random, alphabet), maybe(random, alphabet), names,
                    text(random, alphabet), languages);
            releases.add(r);
            statements.add(new StatementView(maybe(random, alphabet), text(random, alphabet), text(random, alphabet),
                    text(random, alphabet), text(random, alphabet), text(random, alphabet), text(random, alphabet),
                    maybe(random, alphabet), maybe(random, alphabet)));
            List<Link> links = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                links.add(new Link(text(random, alphabet), text(random, alphabet)));
            }
            mentions.add(new MentionView(r, links));
        }
        for (String lang : List.of("fr", "en")) {
            bothWays("releases.html", lang, releases);
            bothWays("statements.html", lang, statements);
            bothWays("mentions.html", lang, mentions);
        }
    }

    static String maybe(Random random, String[] alphabet) {
        return random.nextInt(4) == 0 ? null : text(random, alphabet);
    }

    static String text(Random random, String[] alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }
}
