package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.RuleBasedFactJudgeTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.Difference;
import org.junit.jupiter.api.Test;

/**
 * A name, a source or a negation written two ways is one name, one source, one negation: a
 * country and its adjective, a person's two names in WordNet, a short first name, a spelling
 * without apostrophes, a speaker named in full on one side, "they" for the group the other side
 * names, "neither ... nor" for "not". None of these pairs may yield a difference; the last ones
 * check that real swaps are still found.
 */
class NameAndSourceVariantsTest {

    @Test
    void aCapitalForItsGovernmentOrACityForItsCountryIsTheSamePlace() {
        assertThat(judge("The US maintains a dual strategy of sanctions and diplomacy.",
                "Washington maintains a dual strategy of sanctions and diplomacy.")).isEmpty();
        assertThat(judge("The summit was held in Beijing.", "The summit was held in China.")).isEmpty();
        assertThat(judge("The summit was held in Houston.", "The summit was held in Dallas."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.ENTITY);
    }

    @Test
    void twoOutletsAreTwoSourcesWhateverTheTaggerCallsTheirNames() {
        // the tagger reads "Guardian" as a common noun
        assertThat(judge("The minister resigned on Monday, the BBC reported.",
                "The minister resigned on Monday, the Guardian reported.")).extracting(Difference::kind)
                .contains(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void countryAndItsAdjectiveAgree() {
        assertThat(judge("The U.S. envoy arrived in Seoul on Tuesday.",
                "The American envoy arrived in Seoul on Tuesday.")).isEmpty();
        assertThat(judge("He is the first state visitor sent by the United States.",
                "He is the first state visitor sent by America.")).isEmpty();
    }

    @Test
    void twoNamesWordNetGivesForOnePersonAgree() {
        assertThat(judge("The statue shows Christ carrying the cross.",
                "The statue shows Jesus carrying the cross.")).isEmpty();
    }

    @Test
    void nameWrittenFromAnotherAlphabetTwoWaysAgrees() {
        assertThat(judge("Kyiv said 12 drones were shot down overnight.",
                "Kiev said 12 drones were shot down overnight.")).isEmpty();
        assertThat(judge("Saddam's other son, Odai, surrendered Friday.",
                "Saddam's other son, Uday, surrendered Friday.")).isEmpty();
        assertThat(judge("Gaddafi ruled Libya for 42 years.", "Qaddafi ruled Libya for 42 years.")).isEmpty();
    }

    @Test
    void shortNamesThatSoundAlikeStillDiffer() {
        assertThat(judge("Tim Cook opened the store on Friday.", "Tom Cook opened the store on Friday."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.ENTITY);
    }

    @Test
    void aSourceNamedByTheOtherClaimMayBeTheOneItDescribes() {
        assertThat(judge("The company added that Lindows.com will not take a position on the claims.",
                "Lindows.com will not take a position on the claims, Lindows said in a statement.")).isEmpty();
        assertThat(judge("A rival added that Lindows.com will not take a position on the claims.",
                "Lindows.com will not take a position on the claims, Lindows said in a statement."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void anOfficeForThePersonWhoHoldsItAgreesButTwoHoldersDiffer() {
        assertThat(judge("The apology was written on the orders of Mr Blair.",
                "The apology was written on the orders of the Prime Minister.")).isEmpty();
        assertThat(judge("The order came from Prime Minister Keir Starmer on Monday.",
                "The order came from Prime Minister Rishi Sunak on Monday."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.ENTITY);
    }

    @Test
    void shortFirstNameAgrees() {
        assertThat(judge("Company spokesman Dan Ferreira said the plant would reopen.",
                "Company spokesman Daniel Ferreira said the plant would reopen.")).isEmpty();
    }

    @Test
    void namesSpelledWithAndWithoutApostropheAgree() {
        assertThat(judge("The troupe staged Eugene O'Neill's family drama in Boston.",
                "The troupe staged Eugene ONeills family drama in Boston.")).isEmpty();
    }

    @Test
    void speakerNamedInFullOnOneSideAgrees() {
        assertThat(judge("The fire started in the kitchen, according to Ortega.",
                "Fire marshal spokesman Luis Ortega said the fire started in the kitchen.")).isEmpty();
    }

    @Test
    void sourceWrittenInAnotherCaseAgrees() {
        assertThat(judge("Deputies said the call came in at 9:40 a.m.",
                "The call came in at 9:40 a.m., deputies said.")).isEmpty();
    }

    @Test
    void theyForTheGroupTheOtherSideNamesAgrees() {
        assertThat(judge("Inspectors said the documents were old and irrelevant.",
                "They said the documents were old and irrelevant.")).isEmpty();
    }

    @Test
    void synonymousSourcesAgree() {
        assertThat(judge("The ban should be lifted before the summer, lawmakers said on Sunday.",
                "The ban should be lifted before the summer, several legislators said on Sunday.")).isEmpty();
    }

    @Test
    void speakerForAnOrganisationIsTheSpeakerNotTheOrganisation() {
        assertThat(judge("Three carmakers have settled the lawsuit, a spokesman for the air board said Monday.",
                "Three carmakers have settled the lawsuit, according to a spokesman for the air board.")).isEmpty();
        assertThat(judge("The publishers decided not to bid, sources familiar with the talks said.",
                "The publishers decided not to bid, the sources said.")).isEmpty();
    }

    @Test
    void neitherNorIsOneNegation() {
        assertThat(judge("Authorities did not release the names of the victims.",
                "Neither authorities nor the mayor would release the names of the victims.")).isEmpty();
    }

    @Test
    void contractionWithoutApostropheIsStillANegation() {
        assertThat(judge("I don't know anybody on the committee who wants it out.",
                "I dont know anybody on the committee who wants it out.")).isEmpty();
    }

    @Test
    void aNamedOrganisationAndTheCompanyAgree() {
        assertThat(judge("EDS said it was responding to a subpoena from the regulator.",
                "EDS is responding to a subpoena from the regulator, the company said.")).isEmpty();
        assertThat(judge("The regulator believes Lay knew of the matters, the commission said.",
                "The regulator believes Lay knew of the matters, the SEC said.")).isEmpty();
    }

    @Test
    void aCountedGroupIsTheGroup() {
        assertThat(judge("Several witnesses have told the court the sect is led by Bashir.",
                "A number of witnesses have told the court the sect is led by Bashir.")).isEmpty();
    }

    @Test
    void twoOfficialSourcesAgree() {
        assertThat(judge("The woman died on Thursday, a spokesperson for Hiroshima city said.",
                "The woman died on Thursday, a Hiroshima official said.")).isEmpty();
    }

    @Test
    void aNegatedOppositeSaysTheSame() {
        assertThat(judge("Powell said contacts with Iran would not stop.",
                "Powell said contacts with Iran would continue.")).isEmpty();
    }

    @Test
    void anOppositeIsStillAContradiction() {
        assertThat(judge("Powell said contacts with Iran would stop.",
                "Powell said contacts with Iran would continue."))
                .extracting(Difference::kind).contains(DifferenceKind.NEGATION);
    }

    @Test
    void anAcronymSkipsSmallWords() {
        assertThat(judge("The court will hear arguments on whether firms can be sued under the ADA.",
                "The court will hear arguments on whether firms can be sued under the Americans with Disabilities Act."))
                .isEmpty();
    }

    @Test
    void aNameForACommonNounIsARewording() {
        assertThat(judge("Dennison shares fell 5 percent on the news.", "The company's shares fell 5 percent on the news."))
                .isEmpty();
    }

    @Test
    void anotherCountryIsStillAnotherPlace() {
        assertThat(judge("The American envoy arrived in Seoul on Tuesday.",
                "The Chinese envoy arrived in Seoul on Tuesday."))
                .extracting(Difference::kind).contains(DifferenceKind.ENTITY);
    }

    @Test
    void anotherSpeakerIsStillAnotherSource() {
        assertThat(judge("The fire started in the kitchen, according to Ortega.",
                "The fire started in the kitchen, witnesses said."))
                .extracting(Difference::kind).contains(DifferenceKind.ATTRIBUTION);
        assertThat(judge("The documents were old, inspectors said.", "The documents were old, he said."))
                .extracting(Difference::kind).contains(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void sourcesOfOneKindWithOtherNamesAreOtherSources() {
        assertThat(judge("Analysts at Deutsche Bank said the rise was likely the last.",
                "Analysts at Commerzbank said the rise was likely the last."))
                .extracting(Difference::kind).contains(DifferenceKind.ATTRIBUTION);
        assertThat(judge("ECB President Christine Lagarde told reporters that inflation was too high.",
                "ECB chief economist Philip Lane told reporters that inflation was too high."))
                .extracting(Difference::kind).contains(DifferenceKind.ATTRIBUTION);
        assertThat(judge("Analysts at Deutsche Bank said the rise was likely the last.",
                "Analysts said the rise was likely the last.")).isEmpty();
    }

    @Test
    void aNounTheTaggerReadsAsAnAdjectiveStillNamesTheBody() {
        assertThat(judge("Police said they found a shotgun in his vehicle.",
                "Hospital officials said they found a shotgun in his vehicle."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.ATTRIBUTION);
        assertThat(judge("When he was arrested, police said they found a shotgun in his vehicle.",
                "When he was arrested, hospital officials said they found a shotgun in his vehicle."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void oneNamedPersonUnderTwoOfficesIsOneSource() {
        assertThat(judge("Shares fell after boss Don Meij admitted the company did not get the balance right.",
                "Shares fell after chairman Don Meij admitted the company did not get the balance right."))
                .extracting(Difference::kind).doesNotContain(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void aSeatOfPowerForTheBodyItHousesIsOneSource() {
        assertThat(judge("The Pentagon said the strike killed 12 militants.",
                "The Defense Department said the strike killed 12 militants.")).isEmpty();
        assertThat(judge("The Kremlin said the talks would continue.", "Downing Street said the talks would continue."))
                .extracting(Difference::kind).contains(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void aNationalityOpeningTheSentenceIsStillAName() {
        assertThat(judge("Russian troops shelled the city overnight.", "Ukrainian troops shelled the city overnight."))
                .extracting(Difference::kind).containsExactly(DifferenceKind.ENTITY);
        assertThat(judge("Miss Stewart is being prosecuted for what she did, he said.",
                "Martha Stewart is being prosecuted for what she did, he said.")).isEmpty();
        assertThat(judge("Police closed the road.", "Officials closed the road.")).extracting(Difference::kind)
                .doesNotContain(DifferenceKind.ENTITY);
    }
}
