package org.pressarchive.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.pressarchive.ingest.SourceReader;
import org.pressarchive.model.Kind;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.Segment;
import org.pressarchive.model.Sentence;
import org.pressarchive.model.SourceText;
import org.pressarchive.parse.FrenchReleaseParser;
import org.pressarchive.parse.ReleaseParser;

class XliffExportTest {
    static final Path SEED = Path.of("seeds/000_c3a0a43d85b2b77a.txt");
    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";

    @TempDir
    Path tmp;

    private Path input() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, in.resolve(SEED.getFileName()));
        return in;
    }

    static Document dom(Path xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(xml.toFile());
    }

    private static List<Element> elements(Element parent, String local) {
        NodeList nodes = parent.getElementsByTagNameNS(NS, local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    void exportsTheSeedAsValidXliff21WithOneUnitPerParagraph() throws Exception {
        Path in = input();
        Path out = tmp.resolve("xliff");
        ReleaseParser parser = FrenchReleaseParser.standard();
        XliffExport.Report report = new XliffExport(parser, SourceReader.standard()).run(in, out, "en");
        Path xlf = out.resolve("000_c3a0a43d85b2b77a.en.xlf");
        assertThat(report.files()).containsExactly(xlf);
        assertThat(report.errors()).isEmpty();

        Element root = dom(xlf).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo("xliff");
        assertThat(root.getAttribute("version")).isEqualTo("2.1");
        assertThat(root.getAttribute("srcLang")).isEqualTo("fr");
        assertThat(root.getAttribute("trgLang")).isEqualTo("en");
        Element file = elements(root, "file").get(0);
        assertThat(file.getAttribute("original")).isEqualTo("000_c3a0a43d85b2b77a.txt");

        Release release = parser.parse(SourceReader.standard().read("in/000_c3a0a43d85b2b77a.txt",
                "000_c3a0a43d85b2b77a.txt", Files.readAllBytes(SEED)));
        assertThat(file.getAttribute("id")).isEqualTo(release.id());
        List<Element> units = elements(file, "unit");
        assertThat(units).hasSize(6);
        for (int i = 0; i < units.size(); i++) {
            Paragraph p = release.paragraphs().get(i);
            Element unit = units.get(i);
            assertThat(unit.getAttribute("id")).isEqualTo(p.id());
            List<Element> segments = elements(unit, "segment");
            assertThat(segments).extracting(s -> s.getAttribute("id"))
                    .containsExactlyElementsOf(p.sentences().stream().map(Sentence::id).toList());
            assertThat(elements(segments.get(0), "source").get(0).getTextContent()).isEqualTo(p.sentences().get(0).text());
            assertThat(elements(segments.get(0), "target")).isEmpty();
            assertThat(elements(unit, "note")).isNotEmpty().allSatisfy(n -> {
                assertThat(n.getAttribute("category")).isEqualTo("speaker");
                assertThat(n.getTextContent()).isNotBlank();
            });
        }
        assertThat(elements(units.get(0), "note").get(0).getTextContent()).isEqualTo("narration (the publisher's voice)");
        assertThat(elements(units.get(1), "note")).extracting(Element::getTextContent)
                .anySatisfy(t -> assertThat(t).contains("Wang Yi (action)"))
                .anySatisfy(t -> assertThat(t).contains("Wang Yi (statement)"));
        assertThat(elements(units.get(5), "note")).extracting(Element::getTextContent)
                .anySatisfy(t -> assertThat(t).contains("Wang Yi and Yermek Kosherbayev"));
    }

    @Test
    void exportIsByteStableAndNotRewrittenWhenUnchanged() throws Exception {
        Path in = input();
        Path out = tmp.resolve("xliff");
        XliffExport export = new XliffExport(FrenchReleaseParser.standard(), SourceReader.standard());
        assertThat(export.run(in, out, "en").written()).isEqualTo(1);
        byte[] first = Files.readAllBytes(out.resolve("000_c3a0a43d85b2b77a.en.xlf"));
        assertThat(export.run(in, out, "en").written()).isZero();
        assertThat(Files.readAllBytes(out.resolve("000_c3a0a43d85b2b77a.en.xlf"))).isEqualTo(first);
    }

    /** A parser that gives each paragraph two voices, as the real parser will. */
    static final class TwoVoiceParser implements ReleaseParser {
        @Override
        public Release parse(SourceText source) {
            Release r = FrenchReleaseParser.standard().parse(source);
            List<Paragraph> ps = new ArrayList<>();
            for (Paragraph p : r.paragraphs()) {
                String text = p.text();
                int cut = Math.max(1, text.indexOf(". ") + 1);
                if (cut <= 1 || cut >= text.length()) {
                    ps.add(p);
                    continue;
                }
                Sentence s1 = new Sentence(p.id() + "-s1", 0, cut, text.substring(0, cut), List.of("wang-yi"), Kind.STATEMENT);
                Sentence s2 = new Sentence(p.id() + "-s2", cut + 1, text.length(), text.substring(cut + 1),
                        List.of("wang-yi", "yermek-kosherbayev"), Kind.ACTION);
                ps.add(new Paragraph(p.id(), p.index(), p.line(), text, List.of(s1, s2),
                        List.of(new Segment(p.id() + "-g1", s1.speakers(), s1.kind(), List.of(s1.id())),
                                new Segment(p.id() + "-g2", s2.speakers(), s2.kind(), List.of(s2.id()))), p.marks()));
            }
            return new Release(r.id(), r.source(), r.lang(), r.date(), r.location(), r.title(),
                    List.of(new Participant("wang-yi", "Wang Yi", null, "Chine"),
                            new Participant("yermek-kosherbayev", "Yermek Kosherbayev", null, "Kazakhstan")),
                    ps, r.warnings(), r.meta());
        }
    }

    @Test
    void speakerNotesNameEachVoiceOfTheUnit() throws Exception {
        Path in = input();
        Path out = tmp.resolve("xliff");
        new XliffExport(new TwoVoiceParser(), SourceReader.standard()).run(in, out, "en");
        Element unit = elements(dom(out.resolve("000_c3a0a43d85b2b77a.en.xlf")).getDocumentElement(), "unit").get(1);
        assertThat(elements(unit, "segment")).hasSize(2);
        assertThat(elements(unit, "note")).extracting(Element::getTextContent).containsExactly(
                "p2-s1: Wang Yi (statement)", "p2-s2: Wang Yi and Yermek Kosherbayev jointly (action)");
    }

    @Test
    void existingTranslationGivesAlignedTargetsOrTheWholeParagraphWhenCountsDiffer() {
        ReleaseParser two = new TwoVoiceParser();
        String fr = "Première phrase. Deuxième phrase.\nTroisième. Quatrième.\nCinquième. Sixième.";
        String en = "First sentence. Second sentence.\nThird and fourth together";
        Release original = two.parse("in/x.txt", fr);
        XliffExporter.Export export = new XliffExporter().export(original, "x.txt", two.parse("in/x.en.txt", en));
        List<XliffUnit> units = export.file().units();
        assertThat(units.get(0).segments()).extracting(XliffSegment::target, XliffSegment::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("First sentence.", "translated"),
                        org.assertj.core.groups.Tuple.tuple("Second sentence.", "translated"));
        // Paragraph 2's translation has one sentence for two: whole text in the first target.
        assertThat(units.get(1).segments()).extracting(XliffSegment::target)
                .containsExactly("Third and fourth together", null);
        assertThat(units.get(1).notes()).anySatisfy(n -> assertThat(n.category()).isEqualTo("alignment"));
        assertThat(units.get(2).segments()).extracting(XliffSegment::target).containsOnlyNulls();
        assertThat(export.warnings()).singleElement().asString().contains("2 paragraph(s) for 3");
    }
}
