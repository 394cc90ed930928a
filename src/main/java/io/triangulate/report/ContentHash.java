package io.triangulate.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a report: its normalised text within its format. The same text imported twice
 * in one format is a duplicate; the same article as a web page and as a PDF are two reports.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(String mediaType, String normalizedText) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] fingerprint = (mediaType + "\n" + normalizedText).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(digest.digest(fingerprint));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
