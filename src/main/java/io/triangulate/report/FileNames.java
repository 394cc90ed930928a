package io.triangulate.report;

import java.net.URI;

/** Names derived from file names and URLs, used when a report does not name its source. */
final class FileNames {

    private FileNames() {
    }

    static String withoutExtension(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    static String hostOf(String url) {
        String host = URI.create(url).getHost();
        return host != null && host.startsWith("www.") ? host.substring(4) : host;
    }
}
