package io.triangulate.alignment.judge;

import java.util.List;

/** One kind of conflict looked for between two claims of different reports. */
interface FactCheck {

    /** @return the conflicts, {@code left} words from {@code pair.a()}, {@code right} from {@code pair.b()} */
    List<Conflict> conflicts(ClaimPair pair);
}
