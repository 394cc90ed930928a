package io.triangulate.alignment;

import static io.triangulate.alignment.AlignmentTables.align;
import static io.triangulate.alignment.AlignmentTables.groupsByText;
import static io.triangulate.alignment.AlignmentTables.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignerTest {

    static final String WIRE = "A storm hit the coast on Tuesday. Two people were killed in the flooding. "
            + "The governor declared a state of emergency.";
    static final String LOCAL = "The governor declared a state of emergency on Tuesday night. "
            + "A storm struck the coast on Tuesday.";

    @Test
    void paraphrasedFactsShareARowAndAMissingOneLeavesAGap() {
        List<ComparedFact> facts = align(WIRE, LOCAL);
        assertThat(row(facts, 1)).isEqualTo("|a storm hit|two people were|the governor declared|");
        assertThat(row(facts, 2)).isEqualTo("|a storm struck|-|the governor declared|");
    }

    @Test
    void factCarriedByEveryReportIsAnAgreementAndAGapIsAnOmission() {
        List<ComparedFact> facts = align(WIRE, LOCAL);
        assertThat(facts).extracting(ComparedFact::verdict)
                .containsExactly(Verdict.AGREEMENT, Verdict.OMISSION, Verdict.AGREEMENT);
        assertThat(facts.get(1).missingFrom()).containsExactly(2L);
    }

    @Test
    void everyClaimIsInExactlyOneFact() {
        String third = "Two people died in the floods. Schools will stay closed on Wednesday.";
        List<ComparedFact> facts = align(WIRE, LOCAL, third);
        List<Long> ids = facts.stream().flatMap(f -> f.claims().stream()).map(ClaimInput::id).toList();
        long claims = List.of(WIRE, LOCAL, third).stream()
                .mapToLong(t -> AlignmentTables.TEXTS.claimsOf(1, 1, t, null).claims().size()).sum();
        assertThat(ids).doesNotHaveDuplicates().hasSize((int) claims);
    }

    @Test
    void groupingDoesNotDependOnTheOrderOfReports() {
        String third = "Two people died in floods after the storm. Officials said schools will reopen on Friday.";
        assertThat(groupsByText(align(WIRE, LOCAL, third))).isEqualTo(groupsByText(align(third, WIRE, LOCAL)));
    }

    @Test
    void unrelatedFactsOfOneStoryStayApart() {
        List<ComparedFact> facts = align("The central bank raised interest rates by half a point.",
                "The central bank's governor will retire next year.");
        assertThat(facts).hasSize(2).allMatch(f -> f.verdict() == Verdict.OMISSION);
    }

    @Test
    void aReportThatRepeatsAFactKeepsBothClaimsInOneRow() {
        List<ComparedFact> facts = align("The bridge closed on Monday. Traffic was diverted. "
                + "The bridge closed on Monday, officials repeated.", "The bridge was closed on Monday.");
        ComparedFact bridge = facts.get(0);
        assertThat(bridge.claims()).extracting(ClaimInput::reportId).containsExactly(1L, 1L, 2L);
    }

    @Test
    void aSummaryAndTheLedeThatRestatesItJoinTheOtherReportsLede() {
        String before = "Gothenburg's city council is expected to approve a new congestion charge for the inner city on Thursday, "
                + "despite fierce resistance from the opposition and the city's retailers. "
                + "Gothenburg's city council is poised to vote through a congestion charge for the historic city centre "
                + "when it meets on Thursday evening. The fee would be 45 kronor for each car passage.";
        String after = "Gothenburg's city council approved a congestion charge for the inner city on Thursday night, "
                + "ending years of wrangling over car traffic in the historic centre. Drivers will pay 45 kronor a passage.";
        List<ComparedFact> facts = align(before, after);
        assertThat(row(facts, 1)).startsWith("|gothenburgs city council+gothenburgs city council|");
        assertThat(row(facts, 2)).startsWith("|gothenburgs city council|");
    }

    @Test
    void aRepeatGivingADateTheOtherReportLacksIsItsOwnFactAndMissingThere() {
        List<ComparedFact> facts = align("The bridge reopened to traffic after repairs. "
                + "The bridge reopened to traffic on 14 October 2011 after repairs, officials announced.",
                "The bridge reopened to traffic after repairs.");
        assertThat(row(facts, 1)).isEqualTo("|the bridge reopened|the bridge reopened|");
        assertThat(row(facts, 2)).isEqualTo("|the bridge reopened|-|");
        assertThat(facts.get(1).missingFrom()).containsExactly(2L);
    }

    @Test
    void aLongSentenceHoldingAShortClaimsWordsIsNoRepeatAndDroppedIsAnOmission() {
        String original = "The club has made an offer to the striker. "
                + "I'm pretty sure the city side offer will be the only one the club has to beat because even though "
                + "both rivals are close to the striker's home, neither has any real hope of winning the league next season.";
        List<ComparedFact> facts = align(original, "The club has made an offer to the striker.");
        assertThat(row(facts, 1)).isEqualTo("|the club has|im pretty sure|");
        assertThat(row(facts, 2)).isEqualTo("|the club has|-|");
        assertThat(facts.get(1).missingFrom()).containsExactly(2L);
    }

    @Test
    void aFactWordedItsOwnWayJoinsItsClearCounterpart() {
        // the rehab claims score under the threshold, but each is the other's only close match
        List<ComparedFact> facts = align(
                "The actress checked into a rehab clinic in Malibu on Tuesday. Her latest film earned 2 million dollars.",
                "Jane Roe has entered a rehab facility in California. The film made only 2 million dollars.");
        assertThat(row(facts, 1)).isEqualTo("|the actress checked|her latest film|");
        assertThat(row(facts, 2)).isEqualTo("|jane roe has|the film made|");
    }

    @Test
    void aSingleClaimHeldAgainstALongerReportHasNoClearCounterpartThere() {
        // every claim of the longer report has the single claim as its best match, so that proves nothing
        String decision = "The central bank raised interest rates by half a point on Thursday.";
        String earlier = "The central bank kept interest rates unchanged in March. "
                + "The country's football team won the cup final on Sunday. A new bridge over the river opened to traffic.";
        List<ComparedFact> facts = align(decision, earlier);
        assertThat(row(facts, 1)).isEqualTo("|the central bank|-|-|-|");
        assertThat(row(facts, 2)).isEqualTo("|-|the central bank|the countrys football|a new bridge|");
    }

    @Test
    void twoSingleClaimsOnOneTopicAreComparedAsOneFact() {
        List<ComparedFact> facts = align("The central bank raised interest rates by half a point on Thursday.",
                "The central bank kept interest rates unchanged in March.");
        assertThat(row(facts, 1)).isEqualTo("|the central bank|");
        assertThat(row(facts, 2)).isEqualTo("|the central bank|");
    }

    @Test
    void twoClaimsGivingOneDistinctNumberJoinWhenEachIsTheOthersBestMatch() {
        // the second report's AfD claim has a close runner-up, the first report's lede on the AfD
        String wire = "Bavaria's CSU comfortably won Sunday's state election, but the far-right AfD surged to its best-ever "
                + "result in the southern German state. The AfD won 18.9 percent, up more than four points from the last vote, "
                + "making it the largest opposition party in the state parliament. Turnout was 72.8 percent, slightly below "
                + "the level of the last election.";
        String paper = "The SPD slumped to its worst result ever in a Bavarian state election. "
                + "The AfD came second with 18.9 per cent, the best result the party has ever achieved in Bavaria. "
                + "In Munich, turnout was higher still, at 77.9 per cent.";
        assertOneFact(align(wire, paper), "The AfD won", "The AfD came second");
    }

    @Test
    void theSentenceAfterAFactsCounterpartIsNoRivalToIt() {
        // the paper's next sentence, on the same investigation, is the wire claim's runner-up
        String wire = "A ferry collided with a container ship in thick fog near Tallinn on Tuesday. "
                + "Estonia's Safety Investigation Bureau said it had opened an investigation and sent investigators to both vessels. "
                + "The ferry's afternoon sailing to Helsinki was cancelled.";
        String paper = "The Safety Investigation Bureau has launched an investigation into the collision. "
                + "Its director said investigators would first secure the data from both ships' voyage recorders. "
                + "The ferry reached the harbour under its own power.";
        assertOneFact(align(wire, paper), "Estonia's Safety", "The Safety Investigation");
    }

    @Test
    void aLedeCloseToTheWholeOtherReportIsNoRivalToTheClaimThatStatesAFact() {
        // the wire's lede sums up the paper's whole story, so it stands close to the paper's advice claim too
        String wire = "Around 600 people were evacuated from their homes in Ellesmere Port after a fire broke out "
                + "at a paint factory late on Monday, sending a thick plume of smoke over the town. "
                + "Two workers were treated in hospital for smoke inhalation. "
                + "Health officials advised residents living downwind of the site to keep their windows and doors shut. "
                + "The cause of the fire is not yet known.";
        String paper = "Families in Ellesmere Port fled their homes overnight as smoke from a burning paint factory "
                + "drifted across the town. "
                + "Public health officials told people in Ellesmere Port to keep their windows shut and to stay indoors "
                + "if they could smell smoke. "
                + "Firefighters stayed at the scene throughout Tuesday, damping down hotspots. "
                + "Neighbours said the blaze lit up the night sky.";
        assertOneFact(align(wire, paper), "Health officials advised", "Public health officials");
    }

    @Test
    void aSentenceOneReportSplitsInTwoKeepsBothPartsInItsRow() {
        String whole = "The storm hit the coast on Tuesday. "
                + "According to a local filmmaker, residents were neither hopeful nor fearful about the repairs, "
                + "instead repeating the mayor's promise that the harbour would reopen in May. "
                + "The council met on Friday to discuss the budget.";
        String split = "The storm hit the coast on Tuesday. "
                + "Residents were neither optimistic nor fearful about the repairs, a local filmmaker said; "
                + "they repeated the mayor's promise that the harbour would reopen in May. "
                + "The council met on Friday to discuss the budget.";
        List<ComparedFact> facts = align(whole, split);
        assertThat(row(facts, 1)).isEqualTo("|the storm hit|according to a|the council met|");
        assertThat(row(facts, 2)).isEqualTo("|the storm hit|residents were neither+they repeated the|the council met|");
        assertThat(facts).noneMatch(f -> f.verdict() == Verdict.OMISSION);
    }

    @Test
    void singleReportIsUncompared() {
        assertThat(align(WIRE)).allMatch(f -> f.verdict() == Verdict.UNCOMPARED);
    }

    // some fact holds a claim starting with each of the two openings
    private static void assertOneFact(List<ComparedFact> facts, String opening, String otherOpening) {
        assertThat(facts).anySatisfy(f -> assertThat(f.claims()).extracting(ClaimInput::text)
                .anyMatch(t -> t.startsWith(opening)).anyMatch(t -> t.startsWith(otherOpening)));
    }
}
