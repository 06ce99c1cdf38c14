package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.List;

import org.pressarchive.model.Kind;
import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Release;
import org.pressarchive.model.ReleaseMeta;
import org.pressarchive.model.Segment;
import org.pressarchive.model.Sentence;
import org.pressarchive.model.Slugs;
import org.pressarchive.model.SourceParagraph;
import org.pressarchive.model.SourceText;
import org.pressarchive.model.Whitespace;

/** The minimal parser: one narration sentence per paragraph, metadata from front matter only. */
public final class ParagraphOnlyParser implements ReleaseParser {

    @Override
    public Release parse(SourceText source) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (SourceParagraph sp : source.paragraphs()) {
            int index = paragraphs.size();
            String pid = Paragraph.idFor(index);
            String text = sp.text();
            Sentence s = new Sentence(pid + "-s1", 0, text.length(), text, List.of(), Kind.NARRATION);
            Segment g = new Segment(pid + "-g1", List.of(), Kind.NARRATION, List.of(s.id()));
            paragraphs.add(new Paragraph(pid, index, sp.line(), text, List.of(s), List.of(g), sp.marks()));
        }
        var fm = source.frontMatter();
        String title = fm.title() != null ? fm.title()
                : paragraphs.isEmpty() ? source.name() : Whitespace.strip(paragraphs.get(0).text());
        String slug = Slugs.slug(title, 60);
        String id = (fm.date() != null ? fm.date() + "-" : "") + (slug.isEmpty() ? Slugs.slug(source.name()) : slug);
        String lang = fm.lang() != null ? fm.lang() : source.lang() != null ? source.lang() : "fr";
        return new Release(id, source.path(), lang, fm.date(), fm.location(), title, fm.participants(), paragraphs,
                source.warnings(), new ReleaseMeta(fm.source(), fm.tags(), fm.translationOf(), source.sha256()));
    }
}
