package io.triangulate.alignment.judge;

import static io.triangulate.alignment.judge.UnanchoredDatesAndSourcesTest.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.DifferenceKind;
import org.junit.jupiter.api.Test;

/** Officials of named bodies, bodies named by what they are, and a named person against a description of no person. */
class OfficialBodiesTest {

    @Test
    void officialsOfTwoNamedBodiesAreDifferentSources() {
        assertThat(kinds("The cable was cut on Tuesday, Egyptian authorities said.",
                "The cable was cut on Tuesday, hospital officials said."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
        assertThat(kinds("New Bedford Police said they will release more details on Wednesday.",
                "Hospital officials said they will release more details on Wednesday."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void spokespeopleOfTwoBodiesNamedAfterTheirTitleAreDifferentSources() {
        assertThat(kinds("The president will visit the area on Saturday, a White House spokeswoman said.",
                "The president will visit the area on Saturday, a spokesman for Governor Ellen Marquez said."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
        assertThat(kinds("Seven passengers were taken to hospital, a spokesperson for Interior Health said.",
                "Seven passengers were taken to hospital, a spokesperson for the airline said."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
        assertThat(kinds("Seven passengers were taken to hospital, a spokesperson for the airline said.",
                "Seven passengers were taken to hospital, an airline spokesperson said.")).isEmpty();
        assertThat(kinds("Seven passengers were taken to hospital, a spokesperson for the airline said.",
                "Seven passengers were taken to hospital, a spokesman said.")).isEmpty();
    }

    @Test
    void aSpokespersonOfANamedBodyIsANarrowerSourceThanUnnamedOfficials() {
        assertThat(kinds("Gigante died on Monday in federal prison, officials said.",
                "Gigante died on Monday in federal prison, a police spokesman said."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
        assertThat(kinds("Gigante died on Monday in federal prison, officials said.",
                "Gigante died on Monday in federal prison, a spokesman said.")).isEmpty();
        assertThat(kinds("Gigante died on Monday in federal prison, officials said.",
                "Gigante died on Monday in federal prison, police said.")).isEmpty();
    }

    @Test
    void aBodyCalledByACloseSynonymIsOneSource() {
        assertThat(LexicalSubstitutionTest.judgeWithVectors("The company said Monday it would cut 5,000 jobs.",
                "On Monday, the firm announced plans to eliminate five thousand positions.")).isEmpty();
        assertThat(LexicalSubstitutionTest.judgeWithVectors("Police said the road stays closed.",
                "The government said the road stays closed."))
                .extracting(io.triangulate.alignment.Difference::kind).containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void theSameBodyUnderTwoNamesOrOfficialsOfNoNamedBodyAreOneSource() {
        assertThat(kinds("U.S. officials said the talks would resume.", "American officials said the talks would resume."))
                .isEmpty();
        assertThat(kinds("Officials said the talks would resume.", "Authorities said the talks would resume.")).isEmpty();
        assertThat(kinds("Homes in five villages were damaged, officials said.",
                "Homes in five villages were damaged, senior hospital officials said.")).isEmpty();
        assertThat(kinds("Police said the road stays closed.", "A police spokesman said the road stays closed.")).isEmpty();
    }

    @Test
    void aNamedPersonAgainstADescriptionOfNoPersonIsAnAttributionDifference() {
        assertThat(kinds("\"We are aware of the issue,\" general manager AJ Butler said in a statement.",
                "\"We are aware of the issue,\" local media said in a statement."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
        assertThat(kinds("The plant will close in May, Lindows said.", "The plant will close in May, the company said."))
                .isEmpty();
    }

    @Test
    void spokespeopleOfTwoBodiesAreDifferentSources() {
        assertThat(kinds("\"It is not official,\" a studio representative told MTV News.",
                "\"It is not official,\" a government spokeswoman told MTV News.")).containsExactly(DifferenceKind.ATTRIBUTION);
        assertThat(kinds("Police said two women died.", "A government spokeswoman said two women died."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
        assertThat(kinds("A navy spokesman said the crew answered a distress call.",
                "The company said the crew answered a distress call.")).containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void theMediaAreOthersThanANamedSource() {
        assertThat(kinds("In a blog post, Microsoft says the flaw lets attackers in.",
                "In a blog post, local media says the flaw lets attackers in.")).containsExactly(DifferenceKind.ATTRIBUTION);
    }

    @Test
    void theSameTwoSourcesInAnotherOrderAgree() {
        assertThat(kinds("He said witnesses told the police that the man had walked into the building.",
                "Witnesses told the police that the man had walked into the building, according to him.")).isEmpty();
    }
    @Test
    void aBodyNamedByWhatItIsAgainstABodyOfAnotherKindIsAnotherSource() {
        assertThat(kinds("The bank said it did not expect the economy to fall into recession.",
                "The Treasury said it did not expect the economy to fall into recession."))
                .containsExactly(DifferenceKind.ATTRIBUTION);
        assertThat(kinds("The Bank said it did not expect the economy to fall into recession.",
                "The bank said it did not expect the economy to fall into recession.")).isEmpty();
        assertThat(kinds("The Treasury said it did not expect the economy to fall into recession.",
                "The government said it did not expect the economy to fall into recession.")).isEmpty();
        assertThat(kinds("The Treasury said it did not expect the economy to fall into recession.",
                "The minister said it did not expect the economy to fall into recession.")).isEmpty();
    }

    @Test
    void anOpeningAccordingToIsNotDescribedByTheClaimThatFollowsIt() {
        // "about 410,000 homes and businesses" after the comma is no description of the utility company
        assertThat(kinds("According to the utility company Entergy, about 410,000 homes and businesses remained without power.",
                "According to the Texas governor's office, about 410,000 homes and businesses remained without power."))
                .contains(DifferenceKind.ATTRIBUTION); // and ENTITY: "Entergy" became "Texas"
    }
}
