package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.judge.Lexicon.Relation;
import io.triangulate.claims.embedding.MiniLmEmbedder;
import io.triangulate.report.parsing.TokenTagger;
import java.util.List;
import net.sf.extjwnl.data.POS;
import org.junit.jupiter.api.Test;

/** Word substitutions told apart with WordNet: a changed meaning against a synonym. */
class LexicalSubstitutionTest {

    // As the app builds it: word vectors spare the near-synonyms WordNet does not know.
    private static final RuleBasedFactJudge WITH_VECTORS = new RuleBasedFactJudge(new TokenTagger(),
            JudgeSettings.defaults(), new EmbeddedWords(new MiniLmEmbedder()));

    static List<Difference> judgeWithVectors(String first, String second) {
        return WITH_VECTORS.judge(List.of(RuleBasedFactJudgeTest.claim(1, first), RuleBasedFactJudgeTest.claim(2, second)));
    }

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
    void anAdjectiveAndANounBeforeOneHeadAreComparedByTheirVectors() {
        List<Difference> found = judgeWithVectors("The coastal town was flooded on Monday.",
                "The mountain town was flooded on Monday.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.OTHER);
        assertThat(found.get(0).values()).containsEntry(1L, "coastal").containsEntry(2L, "mountain");
        assertThat(judgeWithVectors("The economic recovery slowed in March.", "The economy recovery slowed in March."))
                .isEmpty();
        assertThat(judgeWithVectors("The presidential election will be held in May.",
                "The president election will be held in May."))
                .isEmpty();
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

    @Test
    void aWordWordNetDoesNotKnowSwappedForADistantOneIsFlagged() {
        assertThat(Lexicon.relation("clifftop", "beach", POS.NOUN)).isEqualTo(Relation.UNKNOWN);
        List<Difference> found = judgeWithVectors("The man fell from a Sydney clifftop known as a meeting place.",
                "The man fell from a Sydney beach known as a meeting place.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.OTHER);
        assertThat(judge("The man fell from a Sydney clifftop known as a meeting place.",
                "The man fell from a Sydney beach known as a meeting place.")).as("no vectors: WordNet's silence stands")
                .isEmpty();
    }

    @Test
    void aWordKeptElsewhereInTheOtherClaimIsStillSwappedOutHere() {
        List<Difference> found = judge("The company reported lower vaccine sales and expects sales to recover.",
                "The company reported lower vaccine profits and expects sales to recover.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.OTHER);
        assertThat(found.get(0).explanation()).contains("sales").contains("profits");
    }

    @Test
    void twoWordsThatTradePlacesAreNotSwappedWordsButTradedOnes() {
        List<Difference> found = judge("Staff may use work phones for personal calls.",
                "Staff may use personal phones for work calls.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.OTHER);
        assertThat(found.get(0).explanation()).contains("the other way round").doesNotContain("mean different things");
    }

    @Test
    void aChangedPrepositionBesideTheSwapIsNoRewording() {
        List<Difference> found = judge("Witnesses saw a blue van leave on Friday.", "Witnesses saw a white van leave by Friday.");
        assertThat(found).extracting(Difference::kind).containsExactly(DifferenceKind.OTHER);
    }

    @Test
    void aPhraseReplacedByAShorterOneIsReadByItsHead() {
        List<Difference> found = judge("The recall fixes the electrical connection before delivery.",
                "The recall fixes the battery before delivery.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("connection").contains("battery");
    }

    @Test
    void aPhrasalVerbIsReadByItsVerbNotItsParticle() {
        assertThat(judgeWithVectors("He was charged over a scheme to prop up the struggling company.",
                "He was charged over a scheme to sink the struggling company."))
                .extracting(Difference::explanation).singleElement().asString().contains("prop").contains("sink");
        assertThat(judgeWithVectors("He was charged over a scheme to prop up the struggling company.",
                "He was charged over a scheme to support the struggling company.")).isEmpty();
        assertThat(judgeWithVectors("The firm set up a new plant in Ohio.",
                "The firm established a new plant in Ohio.")).isEmpty();
    }

    @Test
    void aVerbCloseInMeaningIsNotFlagged() {
        assertThat(judgeWithVectors("The telescope captured a new image of the cluster.",
                "The telescope recorded a new image of the cluster.")).isEmpty();
    }

    @Test
    void aTitleOfTwoWordsIsReadByItsNouns() {
        assertThat(judge("The Ukrainian prosecutor general met the delegation on Monday.",
                "The Ukrainian prime minister met the delegation on Monday."))
                .extracting(Difference::explanation).singleElement().asString().contains("prosecutor").contains("minister");
    }
}
