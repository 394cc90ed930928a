package io.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.bench.PerturbationBuilder.Change;
import io.triangulate.bench.PerturbationBuilder.Perturbation;
import io.triangulate.report.parsing.TokenTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PerturbationBuilderTest {

    private static final PerturbationBuilder BUILDER = new PerturbationBuilder(new TokenTagger());
    private static final List<String> DOC = List.of(
            "Officials said 12 people were killed in the fire in Springfield on Tuesday.",
            "The fire started in a warehouse near the river and spread quickly to nearby homes.",
            "Firefighters will stay at the scene overnight, police said.",
            "The cause of the blaze has not been determined yet by investigators.");
    private static final List<String> FOREIGN = List.of("Lindsay Lohan", "Betty Ford Center");

    private static Perturbation build(Change change, long seed) {
        return BUILDER.build(DOC, change, FOREIGN, new Random(seed)).orElseThrow();
    }

    private static List<Integer> changedSentences(Perturbation p) {
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < DOC.size(); i++) {
            if (!DOC.get(i).equals(p.copy().get(i))) {
                changed.add(i);
            }
        }
        return changed;
    }

    @Test
    void aChangedNumberChangesExactlyOneSentenceAndOnlyItsNumber() {
        for (long seed = 0; seed < 5; seed++) {
            Perturbation p = build(Change.NUMBER, seed);
            assertThat(p.copy()).hasSameSizeAs(DOC);
            assertThat(changedSentences(p)).containsExactly(0);
            assertThat(p.after()).doesNotContain(" 12 ").matches("Officials said \\d+ people were killed .*")
                    .isEqualTo(p.copy().get(0));
        }
    }

    @Test
    void everyEditChangesExactlyOneSentence() {
        for (Change change : Change.values()) {
            if (change == Change.DROP) {
                continue;
            }
            for (long seed = 0; seed < 5; seed++) {
                Perturbation p = build(change, seed);
                assertThat(changedSentences(p)).as(change + " " + p.after()).containsExactly(p.sentence());
                assertThat(p.origin()).containsExactly(0, 1, 2, 3);
            }
        }
    }

    @Test
    void aDroppedSentenceIsGoneAndTheOthersKeepTheirOrigin() {
        Perturbation p = build(Change.DROP, 7);
        assertThat(p.after()).isNull();
        assertThat(p.copy()).hasSize(DOC.size() - 1).doesNotContain(DOC.get(p.sentence()));
        for (int i = 0; i < p.copy().size(); i++) {
            assertThat(p.copy().get(i)).isEqualTo(DOC.get(p.origin()[i]));
        }
    }

    @Test
    void anotherSourceSharesNoWordWithTheOldAndOpensItsSentenceInCapitals() {
        for (long seed = 0; seed < 20; seed++) {
            Perturbation p = BUILDER.build(List.of("The pirates fled, the BBC reported. Police said the navy caught them."),
                    Change.ATTRIBUTION, FOREIGN, new Random(seed)).orElseThrow();
            assertThat(p.after()).doesNotContainIgnoringCase("police said").containsPattern("reported\\. [A-Z]");
        }
    }

    @Test
    void aNameAfterSaidThatTheClauseGoesOnAboutIsNoSource() {
        List<String> doc = List.of("The Academy, which hands out the honors, said Jackman, 40, will host the ceremony.");
        assertThat(BUILDER.build(doc, Change.ATTRIBUTION, FOREIGN, new Random(1))).isEmpty();
    }

    @Test
    void datesNamesAndNegationsAreChangedAsAsked() {
        assertThat(build(Change.DATE, 1).after()).doesNotContain("Tuesday").containsPattern("on \\w+day\\.$");
        assertThat(build(Change.NAME, 1).copy()).anyMatch(s -> s.contains("Lindsay Lohan") || s.contains("Betty Ford Center"));
        Perturbation negation = build(Change.NEGATION, 3);
        assertThat(negation.after().replace(" not", "").replace("did not ", ""))
                .isNotEqualTo(negation.after());
    }

    @Test
    void aTrailingAttributionIsParaphrasedAsAccordingTo() {
        List<String> doc = List.of("Firefighters will stay at the scene overnight, police said.");
        Perturbation p = BUILDER.build(doc, Change.PARAPHRASE, FOREIGN, new Random(1)).orElseThrow();
        assertThat(p.after()).isEqualTo("According to police, firefighters will stay at the scene overnight.");
    }

    @Test
    void groupedNumbersStayGroupedAndChange() {
        String bumped = PerturbationBuilder.bump("1,500", new Random(1));
        assertThat(bumped).matches("\\d,\\d{3}").isNotEqualTo("1,500");
        assertThat(PerturbationBuilder.bump("2.5", new Random(1))).endsWith(".5").isNotEqualTo("2.5");
    }
}
