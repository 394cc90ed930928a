package io.triangulate.alignment;

import java.util.List;

/** One report's claims in reading order. */
public record ReportClaims(long reportId, List<ClaimInput> claims) {
}
