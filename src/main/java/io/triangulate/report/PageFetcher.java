package io.triangulate.report;

import io.triangulate.report.documents.FetchSettings;
import io.triangulate.report.documents.FetchedDocument;
import io.triangulate.report.documents.UrlFetcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The process's one {@link UrlFetcher}, configured from {@link FetchConfig} and the import size limit. */
@ApplicationScoped
public class PageFetcher {

    private final UrlFetcher fetcher;

    @Inject
    public PageFetcher(FetchConfig fetch, ImportConfig imports) {
        FetchSettings defaults = FetchSettings.defaults();
        this.fetcher = new UrlFetcher(new FetchSettings(fetch.timeout(), fetch.timeout(), imports.maxBytes(),
                fetch.allowPrivateAddresses(), fetch.maxRedirects(), defaults.userAgent()));
    }

    public FetchedDocument fetch(String url) {
        return fetcher.fetch(url);
    }
}
