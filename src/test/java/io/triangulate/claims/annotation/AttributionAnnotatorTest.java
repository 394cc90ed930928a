package io.triangulate.claims.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.claims.ClaimAnnotations.Attribution;
import io.triangulate.report.parsing.TokenTagger;
import org.junit.jupiter.api.Test;

class AttributionAnnotatorTest {

    private static final TokenTagger TAGGER = new TokenTagger();

    private static Attribution attribution(String text) {
        return new AttributionAnnotator().attribution(text, TAGGER.tag(text));
    }

    @Test
    void addingAFigureIsNoAttribution() {
        assertThat(attribution("The Dow Jones industrial average .DJI added 47.9 points, or 0.52 percent, to 9,174.35.")).isNull();
        assertThat(attribution("The index rose, the exchange added.").source()).isEqualTo("the exchange");
    }

    @Test
    void verbsOfAdmittingTestifyingAndPostingAttributeToo() {
        assertThat(attribution("The company admitted it had miscalculated prices.").source()).isEqualTo("The company");
        assertThat(attribution("Prosecutors alleged that he had taken bribes.").source()).isEqualTo("Prosecutors");
        assertThat(attribution("The mayor tweeted that the roads were closed.").source()).isEqualTo("The mayor");
        assertThat(attribution("An estimated 35 million albums were sold worldwide.")).isNull();
    }

    @Test
    void aNameTheTaggerMisreadsIsStillTheSource() {
        // the tagger reads "Sentinel" as a verb
        assertThat(attribution("He will receive around £1.5 million, the Stoke Sentinel reported.").source())
                .isEqualTo("the Stoke Sentinel");
    }

    @Test
    void subjectOfSaidIsTheSource() {
        Attribution a = attribution("Officials said the bridge collapsed.");
        assertThat(a.source()).isEqualTo("Officials");
        assertThat(a.text()).isEqualTo("Officials said");
    }

    @Test
    void aNameBeforeItsRoleBetweenCommasIsTheSource() {
        Attribution a = attribution("The skiffs fled, Captain Manohar Nambiar, the Navy's chief spokesman, said.");
        assertThat(a.source()).isEqualTo("Captain Manohar Nambiar");
        assertThat(a.text()).isEqualTo("Captain Manohar Nambiar, the Navy's chief spokesman, said");
    }

    @Test
    void aNameThatOpensTheSentenceBeforeItsRoleIsTheSourceEvenWhenItsFirstNameIsMisread() {
        // the tagger reads "Sophie" at the start of the sentence as an adverb
        Attribution a = attribution("Sophie Renard, the leader of the CFDT union, told France Info that the protests would go on.");
        assertThat(a.source()).isEqualTo("Sophie Renard");
        assertThat(attribution("However Renard, the union's leader, said the protests would go on.").source())
                .isEqualTo("Renard");
    }

    @Test
    void aSpeakerRunsOnThroughOneOf() {
        assertThat(attribution("The skiffs fled, a crew member of one of the merchant vessels said.").source())
                .isEqualTo("a crew member of one of the merchant vessels");
    }

    @Test
    void whatARelativeClauseClaimsDoesNotGovernTheClaim() {
        assertThat(attribution("The inmate was in a wheelchair, which he claimed he needed, officials said.").source())
                .isEqualTo("officials");
    }

    @Test
    void lowerCaseSubjectMidSentenceIsTheSource() {
        assertThat(attribution("The bridge collapsed, officials said.").source()).isEqualTo("officials");
    }

    @Test
    void pluralTheTaggerReadsAsAVerbIsTheSource() {
        assertThat(attribution("Gomes was arrested on Tuesday after witnesses said they found him.").source())
                .isEqualTo("witnesses");
        assertThat(attribution("He keeps saying the bridge collapsed.")).isNull();
    }

    @Test
    void aPossessiveStaysInsideTheSource() {
        assertThat(attribution("The lawsuit was settled, a spokesman for California's air board said Monday.").source())
                .isEqualTo("a spokesman for California's air board");
        assertThat(attribution("The lawsuit was settled, according to a spokesman for California’s air board.").source())
                .isEqualTo("a spokesman for California’s air board");
    }

    @Test
    void fullNounPhraseWithAuxiliaryIsTheSource() {
        assertThat(attribution("However, a senior US official has confirmed no such meeting is scheduled.").source())
                .isEqualTo("a senior US official");
    }

    @Test
    void toldNamesTheSpeaker() {
        assertThat(attribution("Trump told reporters he was busy.").source()).isEqualTo("Trump");
    }

    @Test
    void accordingToStopsBeforeTheAppositive() {
        Attribution a = attribution("According to Justin Martell, an American filmmaker, locals were calm.");
        assertThat(a.source()).isEqualTo("Justin Martell");
        assertThat(a.text()).isEqualTo("According to Justin Martell");
    }

    @Test
    void invertedSaidTakesTheNameAfterIt() {
        assertThat(attribution("“We are done,” said Smith.").source()).isEqualTo("Smith");
    }

    @Test
    void listenerAfterToldIsNoSource() {
        assertThat(attribution("“We are done,” the coach told reporters.").source()).isEqualTo("the coach");
        assertThat(attribution("“We are done,” told reporters.")).isNull();
        assertThat(attribution("The coach, however, denied the reports.")).isNull();
    }

    @Test
    void aSubjectWithItsRoleBetweenCommasIsTheSource() {
        assertThat(attribution("Mary Poe, the coach, said a deal is close.").source()).isEqualTo("Mary Poe");
        // a role between commas after a clause's object is no speaker's: "the coach" is not a name
        assertThat(attribution("He thanked the team, the coach, said a deal is close.")).isNull();
    }

    @Test
    void subjectOfAPassiveIsWhatWasSaidAndTheAgentTheSource() {
        assertThat(attribution("Two new cases were reported on Sunday.")).isNull();
        assertThat(attribution("The closure was confirmed by the ministry.").source()).isEqualTo("the ministry");
    }

    @Test
    void sentenceThatAttributesTwiceGivesBothInOrderAndAccordingToGoverns() {
        String text = "The mayor said the road will reopen, according to the local paper.";
        assertThat(new AttributionAnnotator().all(text, TAGGER.tag(text))).extracting(Attribution::source)
                .containsExactly("The mayor", "the local paper");
        assertThat(attribution(text).source()).isEqualTo("the local paper");
    }

    @Test
    void claimWithoutSpeakerHasNoAttribution() {
        assertThat(attribution("The bridge collapsed on Tuesday.")).isNull();
    }

    @Test
    void theSpeakerOfAQuotationIsTheSourceNotAVerbInsideIt() {
        assertThat(attribution("\u201cI told the players to stay calm,\u201d City manager Tomas Ferreira said after the game.")
                .source()).isEqualTo("City manager Tomas Ferreira");
        assertThat(attribution("\"We told them to leave,\" police said.").source()).isEqualTo("police");
    }

    @Test
    void aCompoundTheTaggerOpensWithAVerbIsStillTheSource() {
        assertThat(attribution("The jury acquitted him of fraud, according to court records.").source())
                .isEqualTo("court records");
    }
}
