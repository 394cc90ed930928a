package io.triangulate.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** Literal addresses only: InetAddress parses them without any DNS lookup. */
class AddressGuardTest {

    @Test
    void loopbackPrivateLinkLocalAndSpecialAddressesAreNotPublic() throws UnknownHostException {
        for (String address : new String[] {"127.0.0.1", "10.1.2.3", "172.16.5.4", "172.31.255.255", "192.168.1.1",
                "100.64.0.1", "169.254.169.254", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::",
                "fc00::1", "fd12:3456::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1",
                "2002:c0a8:101::1"}) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void ordinaryInternetAddressesArePublic() throws UnknownHostException {
        for (String address : new String[] {"93.184.216.34", "8.8.8.8", "100.128.0.1", "172.32.0.1",
                "2606:2800:220:1::1", "::ffff:93.184.216.34"}) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
    }
}
