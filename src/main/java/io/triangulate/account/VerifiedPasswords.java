package io.triangulate.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, that a password matched an account's bcrypt hash, so a script
 * sending HTTP Basic on every request pays bcrypt once, not per request. Only a salted SHA-256 of
 * the password is kept (the salt is random per process), tied to the hash it matched: a new
 * password, or a hash changed on another instance, misses the memory and is checked with bcrypt
 * again. Per instance; losing it costs one bcrypt.
 */
final class VerifiedPasswords {

    private static final Duration KEEP = Duration.ofMinutes(5);
    private static final int MAX = 10_000;

    private record Entry(String bcryptHash, byte[] digest, Instant until) {
    }

    private final byte[] salt = new byte[16];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedPasswords() {
        new SecureRandom().nextBytes(salt);
    }

    boolean known(String username, String password, String bcryptHash) {
        Entry entry = entries.get(username);
        return entry != null && entry.until().isAfter(Instant.now()) && entry.bcryptHash().equals(bcryptHash)
                && MessageDigest.isEqual(entry.digest(), digest(password));
    }

    void remember(String username, String password, String bcryptHash) {
        if (entries.size() >= MAX) {
            entries.clear();
        }
        entries.put(username, new Entry(bcryptHash, digest(password), Instant.now().plus(KEEP)));
    }

    void forget(String username) {
        entries.remove(username);
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
