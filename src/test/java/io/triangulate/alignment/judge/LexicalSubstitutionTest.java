package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.judge.Lexicon.Relation;
import java.util.List;
import net.sf.extjwnl.data.POS;
import org.junit.jupiter.api.Test;

/** Word substitutions told apart with WordNet: a changed meaning against a synonym. */
class LexicalSubstitutionTest {

    @Test
    void murderAgainstManslaughterIsFlagged() {
        List<Difference> found = judge("The farmer was charged with murder after the crash.",
                "The farmer was charged with manslaughter after the crash.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.OTHER);
    }

    @Test
    void blueCarAgainstWhiteCarIsFlagged() {
        List<Difference> found = judge("Witnesses saw a blue van leave the depot.",
                "Witnesses saw a white van leave the depot.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("blue").contains("white");
    }

    @Test
    void saidAgainstStatedIsNotFlagged() {
        assertThat(judge("The mayor said the library will reopen.", "The mayor stated the library will reopen."))
                .isEmpty();
    }

    @Test
    void bigAgainstLargeIsNotFlagged() {
        assertThat(judge("A big crowd gathered outside the stadium.", "A large crowd gathered outside the stadium."))
                .isEmpty();
    }

    @Test
    void wordNetAntonymOutsideTheHandListIsANegation() {
        assertThat(Antonyms.opposite("accept", "refuse")).isFalse();
        List<Difference> found = judge("The union accepted the new contract on Monday.",
                "The union refused the new contract on Monday.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.NEGATION);
    }

    @Test
    void lexiconSeparatesSynonymsFromCoHyponyms() {
        assertThat(Lexicon.relation("say", "state", POS.VERB)).isEqualTo(Relation.SYNONYM);
        assertThat(Lexicon.relation("murder", "manslaughter", POS.NOUN)).isEqualTo(Relation.CO_HYPONYM);
        assertThat(Lexicon.relation("kill", "murder", POS.VERB)).isEqualTo(Relation.COMPATIBLE);
    }

    @Test
    void heavilyReworkedClaimsAreNotReadWordForWord() {
        assertThat(judge("Police said a blue van left the depot before dawn on Friday.",
                "A white van, officers told reporters, had driven off before dawn on Friday.")).isEmpty();
    }
}
