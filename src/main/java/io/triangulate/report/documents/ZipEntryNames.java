package io.triangulate.report.documents;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the entry names of a ZIP archive from its central directory, without inflating anything,
 * so telling a Word document from any other archive costs nothing even for a zip bomb.
 */
final class ZipEntryNames {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipEntryNames() {
    }

    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The names in the archive; empty when the central directory cannot be found or read. */
    static List<String> of(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEndOfDirectory(buffer);
        if (end < 0) {
            return List.of();
        }
        int count = Short.toUnsignedInt(buffer.getShort(end + 10));
        long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        return readDirectory(buffer, offset, count);
    }

    private static int findEndOfDirectory(ByteBuffer buffer) {
        int last = buffer.limit() - 22;
        for (int i = last; i >= 0 && i >= last - MAX_COMMENT; i--) {
            if (buffer.getInt(i) == END_OF_DIRECTORY) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> readDirectory(ByteBuffer buffer, long start, int count) {
        List<String> names = new ArrayList<>();
        long at = start;
        for (int i = 0; i < count; i++) {
            if (at < 0 || at + 46 > buffer.limit() || buffer.getInt((int) at) != DIRECTORY_ENTRY) {
                return names;
            }
            int p = (int) at;
            int nameLength = Short.toUnsignedInt(buffer.getShort(p + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(p + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(p + 32));
            if (p + 46 + nameLength > buffer.limit()) {
                return names;
            }
            byte[] name = new byte[nameLength];
            buffer.get(p + 46, name);
            names.add(new String(name, StandardCharsets.UTF_8));
            at = (long) p + 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }
}
