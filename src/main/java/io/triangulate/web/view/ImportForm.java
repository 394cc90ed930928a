package io.triangulate.web.view;

import io.triangulate.report.ReportInput;
import java.util.List;

/**
 * What the import form shows: the values kept from a refused submit, which tab was used, and the
 * errors to show next to it.
 */
public record ImportForm(String tab, ReportInput pasted, String url, String urlSource, String error,
        List<String> fileErrors) {

    public static ImportForm blank() {
        return new ImportForm("paste", ReportInput.empty(), "", "", null, List.of());
    }

    public static ImportForm pasted(ReportInput input, String error) {
        return new ImportForm("paste", input, "", "", error, List.of());
    }

    public static ImportForm fetched(String url, String source, String error) {
        return new ImportForm("url", ReportInput.empty(), url, source, error, List.of());
    }

    public static ImportForm failedUpload(UploadOutcome outcome) {
        String error = outcome.refused().isEmpty() ? "Choose at least one file to import." : "No file was imported.";
        return new ImportForm("files", ReportInput.empty(), "", "", error, outcome.refused());
    }

    public String value(String field) {
        String value = switch (field) {
            case "source" -> pasted.source();
            case "title" -> pasted.title();
            case "url" -> pasted.url();
            case "author" -> pasted.author();
            case "publishedAt" -> pasted.publishedAt();
            case "text" -> pasted.text();
            default -> null;
        };
        return value == null ? "" : value;
    }
}
