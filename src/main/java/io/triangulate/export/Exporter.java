package io.triangulate.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an event's comparison in one format. Implementations read only the table. */
public interface Exporter {

    void write(ExportTable table, OutputStream out) throws IOException;
}
