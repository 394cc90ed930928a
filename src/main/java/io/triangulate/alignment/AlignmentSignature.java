package io.triangulate.alignment;

import io.triangulate.claims.annotation.ClaimAnnotator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a stored comparison was computed from: the event's reports and the engine's settings. When
 * either changes the signature changes, and the comparison is computed again; otherwise it is
 * served as stored.
 */
final class AlignmentSignature {

    /** Raise when the engine's judgement changes in a way stored comparisons should not keep. */
    static final int ENGINE_VERSION = 59;

    private AlignmentSignature() {
    }

    static String of(List<Long> reportIds, AlignmentSettings settings) {
        String basis = ENGINE_VERSION + "." + ClaimAnnotator.VERSION + "|" + settings + "|" + reportIds.stream().sorted().toList();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
