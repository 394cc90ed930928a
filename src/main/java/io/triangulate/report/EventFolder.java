package io.triangulate.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How a folder of the import folder describes its event: an optional {@code _event.txt} with
 * {@code title:} and {@code description:} lines, else a title made from the folder's name. Files
 * whose names start with "_" or "." and README files are not reports.
 */
record EventFolder(String title, String description) {

    static final String DESCRIPTION_FILE = "_event.txt";

    static EventFolder read(Path folder) {
        String title = titleFromName(folder.getFileName().toString());
        String description = null;
        Path described = folder.resolve(DESCRIPTION_FILE);
        if (Files.isRegularFile(described)) {
            for (String line : lines(described)) {
                if (line.startsWith("title:") && !line.substring(6).isBlank()) {
                    title = line.substring(6).strip();
                } else if (line.startsWith("description:")) {
                    description = line.substring(12).strip();
                }
            }
        }
        return new EventFolder(title, description);
    }

    static boolean isReportFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !name.startsWith("_") && !name.startsWith(".")
                && !name.toLowerCase(Locale.ROOT).startsWith("readme");
    }

    private static String titleFromName(String name) {
        String spaced = name.replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? "Imported event" : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static java.util.List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return java.util.List.of();
        }
    }
}
