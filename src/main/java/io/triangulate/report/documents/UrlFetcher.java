package io.triangulate.report.documents;

import io.triangulate.report.ImportError;
import io.triangulate.report.ImportException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a report from the web for "import from URL". Redirects are followed by hand so that
 * every hop is checked like the first (scheme, then the address the host resolves to), bodies are
 * capped while they arrive, and every failure becomes an {@link ImportException} with a sentence
 * for the person: {@code INVALID_REPORT} for addresses we refuse, {@code FETCH_FAILED} for
 * servers that fail us, {@code TOO_LARGE} for bodies over the limit. Thread-safe.
 */
public final class UrlFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HttpClient client;

    public UrlFetcher(FetchSettings settings) {
        this.settings = settings;
        this.guard = new AddressGuard(settings.allowPrivateAddresses());
        // No proxy: the address guard must judge the host that is actually connected to.
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).build();
    }

    /**
     * Fetches {@code url}, following at most {@link FetchSettings#maxRedirects()} redirects.
     *
     * @throws ImportException {@code INVALID_REPORT}, {@code FETCH_FAILED} or {@code TOO_LARGE}
     */
    public FetchedDocument fetch(String url) {
        URI uri = guard.check(parse(url), "The address");
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = send(uri);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new FetchedDocument(uri.toString(), response.headers().firstValue("Content-Type").orElse(null),
                        response.body());
            }
            if (!REDIRECTS.contains(status)) {
                throw failed("The page at " + uri + " answered with HTTP status " + status + ".", null);
            }
            if (redirects >= settings.maxRedirects()) {
                throw failed("The page at " + url + " redirected more than " + settings.maxRedirects() + " times.", null);
            }
            uri = guard.check(redirectTarget(uri, response), "The page redirected to an address that");
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (!uri.isAbsolute()) {
                throw new URISyntaxException(String.valueOf(url), "not absolute");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ImportException(ImportError.INVALID_REPORT,
                    "The address is not a valid web address; give a full one such as https://example.com/story.", e);
        }
    }

    private static URI redirectTarget(URI from, HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> failed("The page at " + from + " redirected without saying where to.", null));
        try {
            return from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw failed("The page at " + from + " redirected to a malformed address.", e);
        }
    }

    private HttpResponse<byte[]> send(URI uri) {
        HttpRequest request = request(uri);
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, info -> info.statusCode() / 100 == 2
                ? new CappedBody(settings.maxBytes(), info.headers().firstValueAsLong("Content-Length").orElse(-1))
                : BodySubscribers.replacing(new byte[0]));
        long deadline = settings.connectTimeout().plus(settings.readTimeout()).toMillis();
        try {
            return answer.get(deadline, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw failed("The server at " + uri.getHost() + " did not answer in time.", e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw failed("Fetching " + uri + " was interrupted.", e);
        } catch (ExecutionException e) {
            throw translate(e.getCause(), uri);
        }
    }

    private HttpRequest request(URI uri) {
        try {
            return HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
                    .header("User-Agent", settings.userAgent()).GET().build();
        } catch (IllegalArgumentException e) {
            throw new ImportException(ImportError.INVALID_REPORT, "The address " + uri + " cannot be fetched.", e);
        }
    }

    private ImportException translate(Throwable cause, URI uri) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge) {
                return new ImportException(ImportError.TOO_LARGE, "The page at " + uri + " is larger than the limit of "
                        + settings.maxBytes() + " bytes.", cause);
            }
            if (t instanceof HttpTimeoutException) {
                return failed("The server at " + uri.getHost() + " did not answer in time.", cause);
            }
            if (t instanceof ConnectException) {
                return failed("Could not connect to " + uri.getHost() + ".", cause);
            }
        }
        return failed("The page at " + uri + " could not be fetched.", cause);
    }

    private static ImportException failed(String message, Throwable cause) {
        return new ImportException(ImportError.FETCH_FAILED, message, cause);
    }
}
