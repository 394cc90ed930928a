package io.triangulate.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.triangulate.report.ImportError;
import io.triangulate.report.ImportException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every request goes to a server this test starts on 127.0.0.1; nothing else is ever contacted. */
class UrlFetcherTest {

    private static final FetchSettings LOCAL = new FetchSettings(Duration.ofSeconds(2), Duration.ofMillis(1500), 1000,
            true, 3, "Triangulate test");

    private final AtomicInteger requests = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/story", exchange -> answer(exchange, 200, "<p>The storm reached the coast.</p>", -1));
        server.createContext("/missing", exchange -> answer(exchange, 404, "Not here", -1));
        server.createContext("/moved", exchange -> redirect(exchange, "story"));
        server.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
        server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        server.createContext("/big-chunked", exchange -> answer(exchange, 200, "x".repeat(50_000), 0));
        server.createContext("/big-declared", exchange -> answer(exchange, 200, "x".repeat(50_000), -1));
        server.createContext("/slow", exchange -> {
            sleep(5_000);
            answer(exchange, 200, "late", -1);
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    void pageOnLoopbackIsFetchedWhenPrivateAddressesAreAllowed() {
        FetchedDocument page = new UrlFetcher(LOCAL).fetch(url("/story"));

        assertThat(new String(page.bytes())).isEqualTo("<p>The storm reached the coast.</p>");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.finalUrl()).isEqualTo(url("/story"));
    }

    @Test
    void loopbackIsRefusedWithoutContactWhenPrivateAddressesAreNotAllowed() {
        ImportException refusal = refusal(LOCAL.withPrivateAddresses(false), url("/story"));

        assertThat(refusal.error()).isEqualTo(ImportError.INVALID_REPORT);
        assertThat(refusal.error().status()).isEqualTo(400);
        assertThat(requests).hasValue(0);
    }

    @Test
    void missingPageIsAFailedFetch() {
        ImportException refusal = refusal(LOCAL, url("/missing"));

        assertThat(refusal.error()).isEqualTo(ImportError.FETCH_FAILED);
        assertThat(refusal.getMessage()).contains("404");
    }

    @Test
    void fileUrlsOtherSchemesAndMalformedAddressesAreRefused() {
        for (String address : new String[] {"file:///etc/passwd", "ftp://127.0.0.1/x", "jar:file:/a.jar!/b",
                "gopher://127.0.0.1/", "not a url", "http://", "/relative/path", ""}) {
            assertThat(refusal(LOCAL, address).error()).as(address).isEqualTo(ImportError.INVALID_REPORT);
        }
    }

    @Test
    void redirectToAFileUrlIsRefused() {
        ImportException refusal = refusal(LOCAL, url("/to-file"));

        assertThat(refusal.error()).isEqualTo(ImportError.INVALID_REPORT);
        assertThat(refusal.getMessage()).contains("redirected");
    }

    @Test
    void relativeRedirectIsFollowedToTheFinalPage() {
        assertThat(new UrlFetcher(LOCAL).fetch(url("/moved")).finalUrl()).isEqualTo(url("/story"));
    }

    @Test
    void endlessRedirectsAreAFailedFetch() {
        assertThat(refusal(LOCAL, url("/loop")).error()).isEqualTo(ImportError.FETCH_FAILED);
        assertThat(requests).hasValue(LOCAL.maxRedirects() + 1);
    }

    @Test
    void bodyOverTheLimitIsTooLargeEvenWithoutALengthHeader() {
        assertThat(refusal(LOCAL, url("/big-chunked")).error()).isEqualTo(ImportError.TOO_LARGE);
    }

    @Test
    void declaredLengthOverTheLimitIsTooLarge() {
        assertThat(refusal(LOCAL, url("/big-declared")).error()).isEqualTo(ImportError.TOO_LARGE);
    }

    @Test
    void serverThatDoesNotAnswerInTimeIsAFailedFetch() {
        ImportException refusal = refusal(LOCAL, url("/slow"));

        assertThat(refusal.error()).isEqualTo(ImportError.FETCH_FAILED);
        assertThat(refusal.getMessage()).contains("in time");
    }

    @Test
    void closedPortIsAFailedFetch() {
        String address = url("/story");
        server.stop(0);

        assertThat(refusal(LOCAL, address).error()).isEqualTo(ImportError.FETCH_FAILED);
    }

    private ImportException refusal(FetchSettings settings, String address) {
        return catchThrowableOfType(ImportException.class, () -> new UrlFetcher(settings).fetch(address));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void answer(HttpExchange exchange, int status, String body, long length) throws IOException {
        requests.incrementAndGet();
        byte[] bytes = body.getBytes();
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, length == 0 ? 0 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientWentAway) {
            // The fetcher hangs up once the limit is passed; that is the behaviour under test.
        }
    }

    private void redirect(HttpExchange exchange, String location) throws IOException {
        requests.incrementAndGet();
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
