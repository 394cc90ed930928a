package io.triangulate.alignment;

import java.util.List;

/**
 * Groups the claims of several reports into facts. Every claim ends up in exactly one group; the
 * result does not depend on the order of the reports.
 */
public interface Aligner {

    List<AlignedGroup> align(List<ReportClaims> reports);
}
