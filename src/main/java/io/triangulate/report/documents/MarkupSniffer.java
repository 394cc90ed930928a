package io.triangulate.report.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Looks at the first bytes of a document to tell markup from prose. Our own patterns cover the
 * fragments newsrooms paste (a bare {@code <article>} or {@code <p>}); Tika's magic and XML root
 * detection cover the rest and tell us when the markup is XML rather than HTML.
 */
final class MarkupSniffer {

    private static final int PREFIX = 8192;
    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|article|main|section"
                    + "|div|p|h[1-6]|meta|title|link|header|nav|table|ul|ol|span|a|b|i|em|strong|br)[\\s/>]");
    private static final Pattern TAG_START = Pattern.compile("^<[a-zA-Z?!]");

    private MarkupSniffer() {
    }

    /** The prefix read as Latin-1: every byte maps to one char, so tags are found in any ASCII-based charset. */
    static String prefix(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int length = Math.min(bytes.length - skip, PREFIX);
        return new String(bytes, skip, Math.max(length, 0), StandardCharsets.ISO_8859_1).stripLeading();
    }

    static boolean looksLikeHtml(byte[] bytes) {
        String start = prefix(bytes);
        if (start.indexOf('\0') >= 0 || !TAG_START.matcher(start).find()) {
            return false;
        }
        if (HTML_START.matcher(start).find()) {
            return true;
        }
        String type = tikaType(bytes).getBaseType().toString();
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    /** Markup that is not HTML (feeds, SVG, Office XML): text, strictly, but not a report. */
    static boolean looksLikeOtherMarkup(byte[] bytes) {
        String start = prefix(bytes);
        return TAG_START.matcher(start).find() && tikaType(bytes).toString().contains("xml");
    }

    /** Tika's best guess, used to name what an unsupported file seems to be. */
    static MediaType tikaType(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, 65536))) {
            return TIKA.detect(in, new Metadata());
        } catch (IOException | RuntimeException cannotTell) {
            return MediaType.OCTET_STREAM;
        }
    }
}
