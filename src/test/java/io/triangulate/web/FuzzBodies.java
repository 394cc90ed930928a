package io.triangulate.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Request bodies a careless or hostile client sends: broken JSON, random bytes, odd values. */
final class FuzzBodies {

    private static final List<String> FIXED = List.of("", "{", "}", "[]", "null", "0", "\"x\"", "{\"a\":}",
            "{\"source\": null, \"text\": null, \"title\": null, \"reports\": null, \"url\": null}",
            "{\"source\": 5, \"text\": [\"x\"], \"title\": {}, \"reports\": \"x\", \"status\": 7, \"version\": \"x\"}",
            "{\"reports\": [null, {}, {\"text\": 1}]}", "{\"version\": 99999999999999999999, \"status\": \"NOPE\"}",
            "{\"source\": \"Robert'); DROP TABLE report;--\", \"title\": \"' OR 1=1 --\", "
                    + "\"text\": \"Fine sentence one. Fine sentence two.\"}",
            "{\"source\": \"${jndi:ldap://x/a}\", \"title\": \"{#include main /}\", \"text\": \"{inject:user.name} said 2 died.\"}",
            "{\"source\": \"\\u0000\\ud7ff\\uffff\", \"title\": \"\\ud800\", \"text\": \"\\u202e\\u0000 odd text.\"}",
            "{\"source\": \"x\", \"title\": \"t\", \"text\": \"" + ".".repeat(20000) + "\"}",
            "{\"source\": \"" + "s".repeat(100000) + "\", \"title\": \"" + "t".repeat(100000)
                    + "\", \"text\": \"Short sentence here.\"}",
            "{\"source\": \"x\", \"title\": \"t\", \"text\": \"" + "word ".repeat(5000) + "\"}",
            "[" + "[".repeat(5000) + "]".repeat(5000) + "]");

    private FuzzBodies() {
    }

    /** The fixed hostile bodies, then {@code rounds} random ones built around a valid body. */
    static List<byte[]> bodies(Random random, String validBody, int rounds) {
        List<byte[]> bodies = new ArrayList<>();
        FIXED.forEach(body -> bodies.add(body.getBytes(StandardCharsets.UTF_8)));
        for (int round = 0; round < rounds; round++) {
            bodies.add(switch (round % 3) {
                case 0 -> randomBytes(random, 400);
                case 1 -> mutated(validBody, random).getBytes(StandardCharsets.UTF_8);
                default -> validBody.replaceAll("\"[^\"]*\"(?=[,}])", jsonString(oddText(random, 200)))
                        .getBytes(StandardCharsets.UTF_8);
            });
        }
        return bodies;
    }

    static byte[] randomBytes(Random random, int maxLength) {
        byte[] bytes = new byte[1 + random.nextInt(maxLength)];
        random.nextBytes(bytes);
        return bytes;
    }

    static String oddText(Random random, int maxLength) {
        String odd = "\u0000\u202e\u200b\ufeff\ud83d\ude00\u0301\u00a0\t\r\n<>&\"'\\`${}%;--";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength); i > 0; i--) {
            text.append(random.nextBoolean() ? odd.charAt(random.nextInt(odd.length()))
                    : (char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0xd800)));
        }
        return text.toString();
    }

    private static String mutated(String body, Random random) {
        StringBuilder text = new StringBuilder(body);
        for (int edits = 1 + random.nextInt(4); edits > 0 && text.length() > 0; edits--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, "{}[],:\"\\".charAt(random.nextInt(8)));
                default -> text.setCharAt(at, (char) random.nextInt(0x3000));
            }
        }
        return text.toString();
    }

    private static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        value.chars().forEach(c -> json.append(c < 0x20 || c == '"' || c == '\\' ? String.format("\\\\u%04x", c)
                : String.valueOf((char) c).replace("$", "\\$")));
        return json.append('"').toString();
    }
}
