package io.triangulate.alignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Honours what people fixed: each pinned set of claims (a reviewed, merged or split fact) comes
 * out as one group, never broken up and never joined to another pinned set. The aligner's groups
 * decide only where the other claims go: a claim the aligner put with pinned claims joins the
 * pinned set it shares most claims with (so a new report's claim can join a confirmed fact);
 * groups without pinned claims stay as the aligner made them. Pure.
 */
public final class PinnedGroups {

    private PinnedGroups() {
    }

    public static List<AlignedGroup> honour(List<AlignedGroup> aligned, List<Set<Long>> pinned) {
        if (pinned.isEmpty()) {
            return aligned;
        }
        Map<Long, Integer> pinOf = new HashMap<>();
        for (int p = 0; p < pinned.size(); p++) {
            for (Long claimId : pinned.get(p)) {
                pinOf.putIfAbsent(claimId, p);
            }
        }
        Map<Long, ClaimInput> claims = new HashMap<>();
        aligned.forEach(g -> g.claims().forEach(c -> claims.put(c.id(), c)));

        List<AlignedGroup> out = new ArrayList<>();
        Map<Integer, List<ClaimInput>> joined = new LinkedHashMap<>();
        for (AlignedGroup group : aligned) {
            Map<Integer, Integer> pinsHere = new HashMap<>();
            List<ClaimInput> free = new ArrayList<>();
            for (ClaimInput claim : group.claims()) {
                Integer pin = pinOf.get(claim.id());
                if (pin == null) {
                    free.add(claim);
                } else {
                    pinsHere.merge(pin, 1, Integer::sum);
                }
            }
            if (pinsHere.isEmpty()) {
                out.add(group);
            } else if (!free.isEmpty()) {
                int target = pinsHere.entrySet().stream()
                        .max(Map.Entry.<Integer, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey((a, b) -> Integer.compare(b, a))))
                        .orElseThrow().getKey();
                joined.computeIfAbsent(target, k -> new ArrayList<>()).addAll(free);
            }
        }
        for (int p = 0; p < pinned.size(); p++) {
            List<ClaimInput> members = new ArrayList<>();
            for (Long claimId : pinned.get(p)) {
                ClaimInput claim = claims.get(claimId);
                if (claim != null && pinOf.get(claimId) == p) {
                    members.add(claim);
                }
            }
            members.addAll(joined.getOrDefault(p, List.of()));
            if (!members.isEmpty()) {
                out.add(new AlignedGroup(members, 1.0));
            }
        }
        return out;
    }
}
