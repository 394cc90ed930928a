package io.triangulate.export;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The printable report, one template for the HTML and the PDF download. */
@CheckedTemplate(basePath = "export")
final class ReportTemplates {

    private ReportTemplates() {
    }

    static native TemplateInstance report(ReportView view);
}
