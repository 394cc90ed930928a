package io.triangulate.report.documents;

import java.net.URI;

/**
 * A page or file fetched from the web, ready for {@link DocumentReaders#read(byte[], String)}.
 *
 * @param finalUrl the address the body came from, after redirects
 * @param contentType the server's {@code Content-Type}, or null; informative only, since the
 *     format is judged from the bytes
 * @param bytes the body, never longer than the configured limit
 */
public record FetchedDocument(String finalUrl, String contentType, byte[] bytes) {

    /** The last path segment of the final URL, to pass as the file name (it may say {@code .md}). */
    public String fileName() {
        String path = URI.create(finalUrl).getPath();
        return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    }
}
