package io.triangulate.alignment;

import java.util.ArrayList;
import java.util.List;

/** Disjoint groups of claim indexes, merged as the aligner decides. */
final class Groups {

    private final int[] groupOf;
    private final List<List<Integer>> members = new ArrayList<>();

    Groups(int size) {
        groupOf = new int[size];
        for (int i = 0; i < size; i++) {
            groupOf[i] = i;
            List<Integer> alone = new ArrayList<>();
            alone.add(i);
            members.add(alone);
        }
    }

    int of(int claim) {
        return groupOf[claim];
    }

    List<Integer> members(int group) {
        return members.get(group);
    }

    /** Moves the smaller group into the larger one, and returns the larger one's id. */
    int merge(int a, int b) {
        int keep = members.get(a).size() >= members.get(b).size() ? a : b;
        int gone = keep == a ? b : a;
        for (int claim : members.get(gone)) {
            groupOf[claim] = keep;
        }
        members.get(keep).addAll(members.get(gone));
        members.get(gone).clear();
        return keep;
    }

    List<List<Integer>> all() {
        return members.stream().filter(m -> !m.isEmpty()).toList();
    }
}
