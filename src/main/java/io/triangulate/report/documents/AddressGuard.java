package io.triangulate.report.documents;

import io.triangulate.report.ImportError;
import io.triangulate.report.ImportException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Keeps fetches on the public web: only http and https, and only hosts whose every resolved
 * address is public. Without this, "import from URL" would let anyone read the server's own
 * admin ports, the cloud metadata service or the office network.
 */
final class AddressGuard {

    private final boolean allowPrivateAddresses;

    AddressGuard(boolean allowPrivateAddresses) {
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    /** Returns {@code uri} when it may be fetched; refuses it with {@code INVALID_REPORT} otherwise. */
    URI check(URI uri, String what) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(what + " is not an http or https address; only web pages can be fetched.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused(what + " has no host name; give a full address such as https://example.com/story.");
        }
        if (!allowPrivateAddresses) {
            for (InetAddress address : resolve(uri.getHost())) {
                if (!isPublic(address)) {
                    throw refused(what + " points to a local or private network, which Triangulate does not fetch from.");
                }
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? isPublicV4(bytes, 0) : isPublicV6(bytes);
    }

    private static boolean isPublicV4(byte[] b, int at) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        boolean special = first == 0 || first == 10 || first == 127 || first >= 224
                || first == 100 && (second & 0xC0) == 64 // carrier-grade NAT 100.64/10
                || first == 169 && second == 254 || first == 172 && (second & 0xF0) == 16
                || first == 192 && second == 168 || first == 192 && second == 0 && (b[at + 2] & 0xFF) == 0
                || first == 198 && (second & 0xFE) == 18; // benchmarking 198.18/15
        return !special;
    }

    /** IPv6 forms that embed an IPv4 address are judged by that address. */
    private static boolean isPublicV6(byte[] b) {
        if ((b[0] & 0xFE) == 0xFC) {
            return false; // unique local fc00::/7
        }
        boolean zeroPrefix = allZero(b, 0, 10);
        boolean mapped = zeroPrefix && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return isPublicV4(b, 12);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return isPublicV4(b, 2); // 6to4 2002::/16
        }
        return true;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new ImportException(ImportError.FETCH_FAILED, "The host " + host + " could not be found.", e);
        }
    }

    private static ImportException refused(String message) {
        return new ImportException(ImportError.INVALID_REPORT, message);
    }
}
