package org.pressarchive.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class XliffWriterReaderTest {
    private final XliffWriter writer = new XliffWriter();
    private final XliffReader reader = new XliffReader();

    private static XliffDocument doc(String source, String target) {
        XliffUnit unit = new XliffUnit("p1", 0, List.of(new XliffNote("speaker", "Wang Yi (statement)")),
                List.of(XliffSegment.of("p1-s1", "translated", source, target)));
        return new XliffDocument("fr", "en", List.of(new XliffFile("r1", "x.txt", 0, List.of(), List.of(unit))));
    }

    @Test
    void writesPrettyDeterministicXliff21() {
        XliffDocument d = doc("L'« Initiative » & <co> \"dit\"", "The \"Initiative\" & <co>");
        String xml = writer.writeString(d);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\""
                + " version=\"2.1\" srcLang=\"fr\" trgLang=\"en\">\n  <file id=\"r1\" original=\"x.txt\">\n")
                .contains("\n    <unit id=\"p1\">\n      <notes>\n        <note category=\"speaker\">Wang Yi (statement)</note>\n")
                .contains("<source>L'« Initiative » &amp; &lt;co&gt; \"dit\"</source>")
                .endsWith("</xliff>\n");
        assertThat(writer.write(d)).isEqualTo(writer.write(doc("L'« Initiative » & <co> \"dit\"", "The \"Initiative\" & <co>")));
    }

    @Test
    void textSurvivesWriteThenReadIncludingControlCharactersAsCp() {
        String source = "a\u0001b 😀 c\u00A0: d";
        XliffReader.Result r = reader.read(writer.write(doc(source, "x\u000By")));
        assertThat(r.problems()).isEmpty();
        XliffSegment s = r.document().files().get(0).units().get(0).segments().get(0);
        assertThat(s.source()).isEqualTo(source);
        assertThat(s.target()).isEqualTo("x\u000By");
        assertThat(s.line()).isEqualTo(8);
        assertThat(s.targetLine()).isEqualTo(10);
        assertThat(new String(writer.write(doc(source, "t")), StandardCharsets.UTF_8)).contains("<cp hex=\"0001\"/>");
    }

    @Test
    void malformedXmlIsReportedWithLineAndUnit() {
        String xml = writer.writeString(doc("s", "t")).replace("<target>t</target>", "<target>t");
        XliffReader.Result r = reader.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.document()).isNull();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.unit()).isEqualTo("p1");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).startsWith("malformed XML");
        });
    }

    @Test
    void doctypeAndExternalEntitiesAreRefusedWithoutResolvingThem() {
        String xml = writer.writeString(doc("s", "t"))
                .replace("?>\n", "?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///no-such-dir/secret.txt\">]>\n")
                .replace("<target>t</target>", "<target>&xxe;</target>");
        XliffReader.Result r = reader.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.ok()).isFalse();
        assertThat(r.problems().get(0).line()).isEqualTo(2);
        assertThat(r.problems().get(0).message()).contains("DOCTYPE");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.unit()).isEqualTo("p1"));
        assertThat(r.problems().toString()).doesNotContain("no-such-dir").doesNotContain("secret");
    }

    @Test
    void foreignRootAndUnsupportedInlineCodesAreProblems() {
        assertThat(reader.read("<xliff version=\"1.2\"/>".getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("not <xliff> in"));
        String xml = writer.writeString(doc("s", "t")).replace("<target>t</target>", "<target>t<ph id=\"1\"/></target>");
        assertThat(reader.read(xml.getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().satisfies(p -> assertThat(p.describe("f.xlf")).isEqualTo(
                        "f.xlf:10: unit p1: inline element <ph> is not supported: write plain text"));
    }

    @Test
    void markersAreTransparent() {
        String xml = writer.writeString(doc("s", "t"))
                .replace("<target>t</target>", "<target>a <mrk id=\"m1\" type=\"comment\" value=\"ok\">b</mrk> c</target>");
        XliffReader.Result r = reader.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).isEmpty();
        assertThat(r.document().files().get(0).units().get(0).segments().get(0).target()).isEqualTo("a b c");
    }
}
