/**
 * Turns an uploaded or fetched document into report text: the first stage of the import
 * pipeline, before sentence splitting and claim extraction.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link io.triangulate.report.documents.DocumentReaders#read(byte[], String)} takes the
 *       whole document and returns an {@link io.triangulate.report.documents.ExtractedDocument}:
 *       body text with one paragraph, heading, list item or quote per line ({@code \n}), no page
 *       furniture, and the metadata the document states about itself (fields may be null).</li>
 *   <li>The format is judged from the bytes ({@link io.triangulate.report.documents.FormatDetector});
 *       the file name only tells Markdown from plain text. Other bytes are refused with
 *       {@code UNSUPPORTED_MEDIA_TYPE}; a PDF, DOCX or HTML that cannot be parsed with
 *       {@code UNREADABLE_DOCUMENT}. Text without sentences is returned as it is: deciding that
 *       a report is empty is the importer's job ({@code INVALID_REPORT}).</li>
 *   <li>A first line that repeats the document's title is dropped, because the title is already
 *       metadata; other headings stay on lines of their own and the claim extractor skips them.</li>
 *   <li>{@link io.triangulate.report.documents.UrlFetcher} fetches a page for "import from URL"
 *       and only ever returns bytes; the caller passes them to {@code DocumentReaders}.</li>
 *   <li>Every class here is pure: no CDI, no persistence, no logging, no global state. Instances
 *       are built with {@code new} and are safe to share between threads.</li>
 * </ul>
 *
 * <h2>Assumptions</h2>
 * <ul>
 *   <li>Documents are news reports in a Latin script: sentence ends are {@code . ? !} and closing
 *       quotes, and a wrapped line continues in lower case. Text is UTF-8 or windows-1252; other
 *       encodings are only understood inside HTML that declares them.</li>
 *   <li>An article page marks its story ({@code <article>}, {@code itemprop=articleBody},
 *       {@code <main>}) or keeps it as sibling paragraphs in one container; furniture is named by
 *       its tag or by class, id, role or label words (byline, share, cookie, related, ...).</li>
 *   <li>Imported HTML is parsed, never rendered: no script runs and nothing it links to is
 *       loaded. The fetcher itself never loads anything but the page asked for.</li>
 *   <li>A PDF has a text layer; scanned pages without one give no text (no OCR).</li>
 * </ul>
 */
package io.triangulate.report.documents;
