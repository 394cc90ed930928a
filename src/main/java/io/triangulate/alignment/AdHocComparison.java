package io.triangulate.alignment;

import io.triangulate.claims.ClaimService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Compares texts that are stored nowhere: the service behind {@code POST /api/compare}. */
@ApplicationScoped
public class AdHocComparison {

    @Inject
    ClaimService claims;

    @Inject
    AlignmentService alignment;

    /** The comparison of the texts, report ids 1..n in the order given. */
    public Result compare(List<String> texts) {
        TextComparison comparison = new TextComparison(claims.normalizer(), claims.extractor(), claims.embedder(),
                alignment.engine());
        List<TextComparison.Prepared> prepared = new ArrayList<>();
        long nextClaimId = 1;
        for (int i = 0; i < texts.size(); i++) {
            TextComparison.Prepared one = comparison.prepare(i + 1, nextClaimId, texts.get(i), null);
            nextClaimId += one.extracted().size();
            prepared.add(one);
        }
        List<ComparedFact> facts = alignment.engine().compare(prepared.stream().map(TextComparison.Prepared::claims)
                .toList());
        return new Result(prepared, facts);
    }

    /** The prepared texts (index i is report i + 1) and the facts found across them. */
    public record Result(List<TextComparison.Prepared> texts, List<ComparedFact> facts) {
    }
}
