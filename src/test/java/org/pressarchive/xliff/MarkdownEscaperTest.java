package org.pressarchive.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.pressarchive.ingest.SourceReader;
import org.pressarchive.model.SourceParagraph;
import org.pressarchive.model.SourceText;

class MarkdownEscaperTest {
    private final SourceReader reader = SourceReader.standard();

    @ParameterizedTest
    @ValueSource(strings = {
            "Plain text, with « quotes » and l’apostrophe.",
            "*stars* and _underscores_ and **strong** and `code`",
            "[a link](https://example.org) and ![image](x.png) and <b>html</b> and <https://auto.link>",
            "# not a heading", "## nor this", "- not a list", "+ nor this", "* nor this", "1. not a list",
            "2025) nor this", "> not a quote", "---", "***", "___", "=== x", "    four spaces inside",
            "back\\slash \\* and &amp; entity &eacute; and &#65;", "a | table | row", "~~~ fence", "```",
            "trailing backslash \\", "[ref]: https://example.org", "<!-- comment -->", "12 345 km² (5 %) !",
            "Wang Yi a dit : « La Chine… » ; 76e anniversaire"})
    void escapedTextReadsBackVerbatim(String text) {
        byte[] md = TranslationFile.markdown("orig", "en", "T: \"quoted\" \\ title", List.of(text, "second " + text));
        SourceText read = reader.read("in/orig.en.md", "orig.en.md", md);
        assertThat(read.warnings()).isEmpty();
        assertThat(read.paragraphs()).extracting(SourceParagraph::text).containsExactly(text.strip(), ("second " + text).strip());
        assertThat(read.frontMatter().translationOf()).isEqualTo("orig");
        assertThat(read.frontMatter().lang()).isEqualTo("en");
        assertThat(read.frontMatter().title()).isEqualTo("T: \"quoted\" \\ title");
        assertThat(new String(md, StandardCharsets.UTF_8)).startsWith("---\ntranslationOf: \"orig\"\nlang: \"en\"\n");
    }
}
