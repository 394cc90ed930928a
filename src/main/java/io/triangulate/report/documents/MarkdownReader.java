package io.triangulate.report.documents;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown: front matter as in plain text, then the CommonMark tree flattened to prose. Headings,
 * paragraphs and list items become lines; emphasis and link markup go, their words stay; images,
 * code blocks and raw HTML go entirely because they carry no reported claims.
 */
public final class MarkdownReader implements DocumentReader {

    private static final Parser PARSER = Parser.builder().build();

    @Override
    public ExtractedDocument read(byte[] bytes) {
        FrontMatter parts = FrontMatter.split(PlainTextReader.decode(bytes));
        LineCollector collector = new LineCollector();
        PARSER.parse(parts.body()).accept(collector);
        return new ExtractedDocument(DocumentFormat.MARKDOWN, String.join("\n", collector.lines), parts.metadata());
    }

    /** Gathers the inline text of each block; one instance per document, so reading stays thread-safe. */
    private static final class LineCollector extends AbstractVisitor {

        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            flush();
        }

        @Override
        public void visit(Heading heading) {
            visitChildren(heading);
            flush();
        }

        @Override
        public void visit(Text text) {
            line.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            line.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            line.append(' ');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            line.append(' ');
        }

        @Override
        public void visit(Image image) {
            // Alt text describes a picture; it is not something the report claims.
        }

        @Override
        public void visit(HtmlInline htmlInline) {
        }

        @Override
        public void visit(HtmlBlock htmlBlock) {
        }

        @Override
        public void visit(FencedCodeBlock codeBlock) {
        }

        @Override
        public void visit(IndentedCodeBlock codeBlock) {
        }

        private void flush() {
            String text = line.toString().replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
            line.setLength(0);
        }
    }
}
