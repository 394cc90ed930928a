package io.triangulate.web.support;

import io.triangulate.report.ImportError;
import io.triangulate.report.ImportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Reading an uploaded file part. */
public final class Uploads {

    private Uploads() {
    }

    public static String fileName(FileUpload file) {
        return file == null ? null : file.fileName();
    }

    /** The part's bytes; a missing part is the person's mistake, not ours. */
    public static byte[] bytes(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new ImportException(ImportError.INVALID_REPORT,
                    "No file was uploaded: send the report in a form part named \"file\".");
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read back from disk", e);
        }
    }
}
