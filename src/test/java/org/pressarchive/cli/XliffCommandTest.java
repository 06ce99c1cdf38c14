package org.pressarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.pressarchive.ingest.SourceReader;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Release;

class XliffCommandTest {
    static final Path SEED = Path.of("seeds/000_c3a0a43d85b2b77a.txt");
    static final String NAME = "000_c3a0a43d85b2b77a";
    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";

    @TempDir
    Path tmp;

    private Path input() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, in.resolve(SEED.getFileName()));
        return in;
    }

    private Path export(Path in) {
        Path out = tmp.resolve("xliff");
        CliRunner r = CliRunner.run("xliff", "export", "--lang", "en", "--input", in.toString(), "--output", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Exported 1 XLIFF file");
        return out.resolve(NAME + ".en.xlf");
    }

    /** Fills every segment's target with "EN: " + its source, through the JDK's DOM, as a CAT tool would. */
    private static void fillTargets(Path xlf) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(xlf.toFile());
        NodeList segments = doc.getElementsByTagNameNS(NS, "segment");
        for (int i = 0; i < segments.getLength(); i++) {
            Element seg = (Element) segments.item(i);
            Element source = (Element) seg.getElementsByTagNameNS(NS, "source").item(0);
            NodeList old = seg.getElementsByTagNameNS(NS, "target");
            if (old.getLength() > 0) {
                seg.removeChild(old.item(0));
            }
            Element target = doc.createElementNS(NS, "target");
            target.setTextContent("EN: " + source.getTextContent());
            seg.appendChild(target);
            seg.setAttribute("state", "translated");
        }
        var t = TransformerFactory.newDefaultInstance();
        t.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        var transformer = t.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter sw = new StringWriter();
        transformer.transform(new DOMSource(doc), new StreamResult(sw));
        Files.writeString(xlf, sw.toString(), StandardCharsets.UTF_8);
    }

    private static Release readBack(Path file) throws IOException {
        return XliffCommand.parser().parse(SourceReader.standard().read("in/" + file.getFileName(),
                file.getFileName().toString(), Files.readAllBytes(file)));
    }

    @Test
    void roundTripExportFillImportThenExportShowsTheTargets() throws Exception {
        Path in = input();
        Path xlf = export(in);
        fillTargets(xlf);

        CliRunner imported = CliRunner.run("xliff", "import", "--input", in.toString(), xlf.toString());
        assertThat(imported.code()).as(imported.err()).isEqualTo(ExitCodes.OK);
        Path md = in.resolve(NAME + ".en.md");
        assertThat(md).exists();
        assertThat(imported.out()).contains(md.toString());

        Release original = readBack(in.resolve(SEED.getFileName()));
        Release translation = readBack(md);
        assertThat(translation.paragraphs()).hasSize(original.paragraphs().size()).hasSize(6);
        assertThat(translation.lang()).isEqualTo("en");
        assertThat(translation.meta().translationOf()).isEqualTo(NAME);
        for (int i = 0; i < 6; i++) {
            String expected = String.join(" ", original.paragraphs().get(i).sentences().stream()
                    .map(s -> "EN: " + s.text()).toList());
            assertThat(translation.paragraphs().get(i).text()).isEqualTo(expected);
        }

        byte[] first = Files.readAllBytes(md);
        CliRunner again = CliRunner.run("xliff", "import", "--input", in.toString(), xlf.toString());
        assertThat(again.code()).as(again.err()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains("unchanged");
        assertThat(Files.readAllBytes(md)).isEqualTo(first);

        Files.delete(xlf);
        Path reexported = export(in);
        String xml = Files.readString(reexported);
        for (Paragraph p : original.paragraphs()) {
            assertThat(xml).contains("<target>EN: " + p.sentences().get(0).text()
                    .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</target>");
        }
        assertThat(xml).doesNotContain("state=\"initial\"");
    }

    @Test
    void importedTranslationIsByteStableAcrossSeparateExportImportCycles() throws Exception {
        Path in = input();
        Path xlf = export(in);
        fillTargets(xlf);
        assertThat(CliRunner.run("xliff", "import", "-i", in.toString(), xlf.toString()).code()).isEqualTo(ExitCodes.OK);
        byte[] first = Files.readAllBytes(in.resolve(NAME + ".en.md"));
        // Export again (targets now come from the translation) and import that file unchanged.
        Files.delete(xlf);
        Path second = export(in);
        CliRunner r = CliRunner.run("xliff", "import", "-i", in.toString(), second.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllBytes(in.resolve(NAME + ".en.md"))).isEqualTo(first);
    }

    /** One bad XLIFF: how to spoil the filled file, the unit and the text the error must name. */
    static Stream<Arguments> badCases() {
        return Stream.of(
                Arguments.of("unknown unit id", "<unit id=\"p3\">", "<unit id=\"p33\">", "p33", "unknown unit id"),
                Arguments.of("unknown segment id", "<segment id=\"p3-s1\"", "<segment id=\"p3-s9\"", "p3", "unknown segment id p3-s9"),
                Arguments.of("changed source", "<source>Wang Yi a informé", "<source>Wang Yi a avisé", "p4", "source text differs"),
                Arguments.of("malformed XML (unclosed tag)", "</target>\n    </segment>\n  </unit>\n  <unit id=\"p5\">",
                        "\n    </segment>\n  </unit>\n  <unit id=\"p5\">", "p4", "malformed XML"),
                Arguments.of("missing target", "<target>EN: Yermek", "<target-x>EN: Yermek", "p5", "has no <target>"),
                Arguments.of("empty target", "<target>EN: Les deux parties", "<target> \n <!-- todo --></target><x>", "p6",
                        "has an empty <target>"),
                Arguments.of("DOCTYPE with an external entity", "<target>EN: Wang Yi a félicité",
                        "<target>&xxe;EN: Wang Yi a félicité", "p2", "DOCTYPE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void badXliffNamesFileLineAndUnitAndWritesNothing(String name, String find, String replace, String unit,
                                                      String message) throws Exception {
        Path in = input();
        Path xlf = export(in);
        fillTargets(xlf);
        String xml = Files.readString(xlf);
        // Normalise the DOM serialiser's layout to the exporter's so the spoilers match.
        assertThat(xml).as("fixture").contains(find.contains("\n") ? "</target>" : find);
        String spoiled = spoil(xml, find, replace, name);
        Files.writeString(xlf, spoiled, StandardCharsets.UTF_8);
        Path existing = in.resolve(NAME + ".en.md");
        byte[] previous = "---\ntranslationOf: 000_c3a0a43d85b2b77a\nlang: en\n---\n\nAn earlier translation.\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(existing, previous);
        Map<String, byte[]> before = snapshot(in);

        CliRunner r = CliRunner.run("xliff", "import", "--input", in.toString(), xlf.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.INVALID_CONTENT);
        String expectedUnit = "unit " + unit + ": ";
        assertThat(r.err().lines().filter(l -> l.startsWith(xlf.toString().replace('\\', '/') + ":")))
                .as(r.err()).isNotEmpty()
                .anySatisfy(l -> assertThat(l).matches(".*\\.xlf:[1-9][0-9]*: .*").contains(message))
                .anySatisfy(l -> assertThat(l).matches(".*\\.xlf:[1-9][0-9]*: " + expectedUnit + ".*"));
        assertThat(r.err()).contains("nothing written").doesNotContain("\tat ");
        assertThat(snapshot(in)).containsOnlyKeys(before.keySet());
        assertThat(Files.readAllBytes(existing)).isEqualTo(previous);
        assertThat(snapshot(in).get(existing.getFileName().toString())).isEqualTo(previous);
    }

    private static String spoil(String xml, String find, String replace, String name) {
        if (name.startsWith("DOCTYPE")) {
            xml = xml.replaceFirst("\\?>", "?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///no-such-dir/secret.txt\">]>\n");
        }
        if (name.startsWith("malformed")) {
            // Drop the end tag of the last target of unit p4.
            int p5 = xml.indexOf("<unit id=\"p5\"");
            int end = xml.lastIndexOf("</target>", p5);
            return xml.substring(0, end) + xml.substring(end + "</target>".length());
        }
        if (name.startsWith("missing target")) {
            int start = xml.indexOf(find);
            int end = xml.indexOf("</target>", start) + "</target>".length();
            return xml.substring(0, start) + xml.substring(end);
        }
        if (name.startsWith("empty target")) {
            int start = xml.indexOf(find);
            int end = xml.indexOf("</target>", start) + "</target>".length();
            return xml.substring(0, start) + "<target> \n <!-- todo --></target>" + xml.substring(end);
        }
        assertThat(xml).contains(find);
        return xml.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void translationDeclaredInFrontMatterIsExportedAndReplacedInPlaceKeepingItsTitle() throws Exception {
        Path in = input();
        StringBuilder md = new StringBuilder("---\ntranslationOf: " + NAME + "\nlang: en\ntitle: Wang Yi meets Yermek Kosherbayev\n---\n");
        for (int i = 1; i <= 6; i++) {
            md.append("\nHand-made paragraph ").append(i).append(".\n");
        }
        Path handMade = in.resolve("wang-yi-kosherbayev-english.md");
        Files.writeString(handMade, md);
        Path xlf = export(in);
        assertThat(Files.readString(xlf)).contains("<target>Hand-made paragraph 3.</target>");
        fillTargets(xlf);
        CliRunner r = CliRunner.run("xliff", "import", "-i", in.toString(), xlf.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(in.resolve(NAME + ".en.md")).doesNotExist();
        Release translation = readBack(handMade);
        assertThat(translation.title()).isEqualTo("Wang Yi meets Yermek Kosherbayev");
        assertThat(translation.paragraphs()).hasSize(6);
        assertThat(translation.paragraphs().get(0).text()).startsWith("EN: Le 28 octobre 2025");
    }

    @Test
    void errorLineIsTheLineOfTheOffendingElement() throws Exception {
        Path in = input();
        Path xlf = export(in);
        fillTargets(xlf);
        String xml = Files.readString(xlf).replace("<unit id=\"p3\">", "<unit id=\"p33\">");
        Files.writeString(xlf, xml);
        List<String> lines = xml.lines().toList();
        int line = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("<unit id=\"p33\">")).findFirst().orElseThrow());
        CliRunner r = CliRunner.run("xliff", "import", "-i", in.toString(), xlf.toString());
        assertThat(r.err()).contains(xlf + ":" + line + ": unit p33: unknown unit id");
        assertThat(r.err()).contains(": unit p3: missing");
    }

    @Test
    void missingLangIsAUsageError() throws IOException {
        CliRunner r = CliRunner.run("xliff", "export", "--input", input().toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--lang");
        assertThat(CliRunner.run("xliff", "export", "--lang", "../x", "--input", tmp.toString()).code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("xliff").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("xliff", "import").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void missingFilesAreIoErrors() throws IOException {
        Path in = input();
        assertThat(CliRunner.run("xliff", "export", "--lang", "en", "--input", tmp.resolve("nope").toString(),
                "--output", tmp.resolve("x").toString()).code()).isEqualTo(ExitCodes.IO);
        CliRunner r = CliRunner.run("xliff", "import", "--input", in.toString(), tmp.resolve("nope.xlf").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("nope.xlf").doesNotContain("\tat ");
    }

    @Test
    void helpListsTheSubcommands() {
        CliRunner r = CliRunner.run("xliff", "--help");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("export", "import");
        assertThat(CliRunner.run("--help").out()).contains("xliff");
    }

    @Test
    void importedTranslationShowsSideBySideAfterABuildAndRebuildsByteIdentically() throws Exception {
        Path in = input();
        Path xlf = export(in);
        fillTargets(xlf);
        assertThat(CliRunner.run("xliff", "import", "--input", in.toString(), xlf.toString()).code()).isEqualTo(ExitCodes.OK);

        Path site = tmp.resolve("site");
        CliRunner build = CliRunner.run("build", "--input", in.toString(), "--output", site.toString());
        assertThat(build.code()).as(build.err()).isEqualTo(ExitCodes.OK);
        assertThat(build.out()).contains("Built 1 release");
        Path page;
        try (var files = Files.list(site.resolve("en/communiques"))) {
            page = files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
        }
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(doc.select(".bilingual .pair")).hasSize(6);
        assertThat(doc.select("#p2 .tr .s").first().text()).startsWith("EN: Wang Yi a félicité");
        assertThat(doc.select("#p2 .tr .who").first().text()).contains("Wang Yi");
        assertThat(doc.select("#p2 .tr").attr("lang")).isEqualTo("en");
        byte[] first = Files.readAllBytes(page);

        assertThat(CliRunner.run("xliff", "import", "--input", in.toString(), xlf.toString()).code()).isEqualTo(ExitCodes.OK);
        assertThat(CliRunner.run("build", "--input", in.toString(), "--output", site.toString()).code()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllBytes(page)).isEqualTo(first);
    }
}
