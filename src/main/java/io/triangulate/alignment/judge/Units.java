package io.triangulate.alignment.judge;

import io.triangulate.alignment.judge.Lexicon.Relation;
import java.util.Objects;
import net.sf.extjwnl.data.POS;

/**
 * Whether two counted nouns count the same things, so their figures can be compared. Spelling
 * variants are one word to WordNet ("honours" / "honors"), and so are synonyms ("film" / "movie");
 * a noun one or two hypernym steps above the other counts a wider class that includes it
 * ("employees" / "people", "fatalities" / "deaths"). Co-hyponyms count different things ("cases"
 * / "recoveries"). "people" is the plural of "person", which the tagger leaves as its own lemma.
 */
final class Units {

    private Units() {
    }

    static boolean same(String x, String y) {
        if (x == null || y == null) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        Relation r = Lexicon.relation(singular(x), singular(y), POS.NOUN);
        return r == Relation.SAME || r == Relation.SYNONYM || r == Relation.COMPATIBLE;
    }

    private static String singular(String lemma) {
        return Objects.equals(lemma, "people") ? "person" : lemma;
    }
}
