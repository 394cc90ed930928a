package io.triangulate.report.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The short storm story every format test reads, and builders for it in each format. */
final class StormArticle {

    static final List<String> SENTENCES = List.of(
            "The storm reached the coast at 4 a.m. on Tuesday, officials said.",
            "At least 12 people were killed and 40,000 homes lost power.",
            "Governor Ana Ruiz declared a state of emergency in three counties.",
            "Forecasters expect the river to crest on Thursday evening.");
    static final String TEXT = String.join("\n", SENTENCES);

    static final String HTML = """
            <!doctype html><html><head><title>Storm hits coast | Daily Planet</title>
            <meta property="og:site_name" content="Daily Planet"><meta name="author" content="Lois Lane">
            <meta property="article:published_time" content="2025-10-28T06:00:00Z">
            <link rel="canonical" href="https://planet.example/storm"></head><body>
            <div id="cookie-banner">We use cookies. <button>Accept</button></div>
            <nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now for unlimited access</nav>
            <article><h1>Storm hits coast</h1><p class="byline">By Lois Lane</p>
            <p>The storm reached the coast at 4 a.m. on Tuesday, officials said.</p>
            <p>At least 12 people were killed and 40,000 homes lost power.</p>
            <div class="share-tools">Share on social media</div>
            <p>Governor Ana Ruiz declared a state of emergency in three counties.</p>
            <p>Forecasters expect the river to crest on Thursday evening.</p></article>
            <aside>Most read: Ten recipes you will love this autumn.</aside>
            <footer>Copyright Daily Planet. All rights reserved. Cookie settings.</footer>
            <script>var tracker = "do not import me";</script></body></html>""";

    private StormArticle() {
    }

    static byte[] html() {
        return HTML.getBytes(StandardCharsets.UTF_8);
    }

    /** Two pages with a running header, page numbers and lines wrapped as a narrow column would. */
    static byte[] pdf() {
        return pdf(List.of(
                List.of("Daily Planet Weather Desk", "The storm reached the coast at 4 a.m. on Tuesday, offi-",
                        "cials said.", "At least 12 people were killed and 40,000 homes", "lost power.", "1"),
                List.of("Daily Planet Weather Desk", "Governor Ana Ruiz declared a state of emergency in",
                        "three counties.", "Forecasters expect the river to crest on", "Thursday evening.", "2")));
    }

    static byte[] pdf(List<List<String>> pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String> lines : pages) {
                document.addPage(page(document, lines));
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Storm hits coast");
            info.setAuthor("Lois Lane");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDPage page(PDDocument document, List<String> lines) throws IOException {
        PDPage page = new PDPage();
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.setLeading(14);
            content.newLineAtOffset(50, 740);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
        return page;
    }

    /** A Word file with the story as paragraphs and a page header that is not part of it. */
    static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("Daily Planet Weather Desk");
            for (String sentence : SENTENCES) {
                document.createParagraph().createRun().setText(sentence);
            }
            document.getProperties().getCoreProperties().setTitle("Storm hits coast");
            document.getProperties().getCoreProperties().setCreator("Lois Lane");
            document.getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(java.time.Instant.parse("2025-10-28T06:00:00Z"))));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
