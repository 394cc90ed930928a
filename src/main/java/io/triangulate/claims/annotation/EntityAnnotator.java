package io.triangulate.claims.annotation;

import io.triangulate.claims.ClaimAnnotations.EntityMention;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named entities as runs of capitalised proper-noun tokens ("Kim Jong Un", "South Korea", "U.S.").
 * The first word of a claim is capitalised anyway, so it starts an entity only when tagged PROPN;
 * further in, a capitalised noun counts too, since the tagger often calls an unknown name a noun.
 * Runs are joined across "of" after an institution word ("Bank of England"); joining across "and"
 * is left out because "China and Russia" are two entities far more often than one.
 */
public final class EntityAnnotator {

    private static final Set<String> INSTITUTIONS = Set.of("bank", "ministry", "minister", "department",
            "university", "house", "secretary", "institute", "council", "board", "court", "republic", "kingdom",
            "union", "office", "chamber", "federation", "association", "league", "states", "church", "museum",
            "bureau", "agency", "party", "army", "people’s", "organization", "organisation");

    private static final Set<String> CONTINUATION_TAGS = Set.of("ADJ", "VERB", "ADV");
    // Months and weekdays are dates, annotated as such.
    private static final Pattern CALENDAR = Pattern.compile(Months.PATTERN
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");

    public List<EntityMention> entities(String text, List<TaggedToken> tokens) {
        List<EntityMention> entities = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameToken(tokens, i)) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i);
            while (end + 1 < tokens.size() && joinsAcrossOf(tokens, end) && isNameToken(tokens, end + 1)) {
                end = runEnd(tokens, end + 1);
            }
            entities.add(mention(text, tokens.get(i).start(), tokens.get(end - 1).end()));
            i = end;
        }
        return entities;
    }

    private static int runEnd(List<TaggedToken> tokens, int from) {
        int end = from + 1;
        while (end < tokens.size() && isNameToken(tokens, end)) {
            end++;
        }
        return end;
    }

    private static boolean joinsAcrossOf(List<TaggedToken> tokens, int end) {
        return tokens.get(end).lower().equals("of") && INSTITUTIONS.contains(tokens.get(end - 1).lower());
    }

    private static boolean isNameToken(List<TaggedToken> tokens, int i) {
        TaggedToken token = tokens.get(i);
        if (!token.isCapitalized() || token.lower().equals("the") || CALENDAR.matcher(token.text()).matches()) {
            return false;
        }
        boolean initial = i == 0 || (i == 1 && tokens.get(0).isPunctuation());
        if ("PROPN".equals(token.pos())) {
            return true;
        }
        boolean nounLike = "NOUN".equals(token.pos()) || "X".equals(token.pos());
        // The tagger misreads rare name parts ("Xi Jinping" as a verb, "North Korean" as an
        // adjective); after a capitalised proper noun, a capitalised word continues the name.
        boolean continuesName = CONTINUATION_TAGS.contains(token.pos()) && i > 0
                && "PROPN".equals(tokens.get(i - 1).pos()) && tokens.get(i - 1).isCapitalized();
        return !initial && (nounLike || continuesName);
    }

    private static EntityMention mention(String text, int start, int end) {
        String words = text.substring(start, end);
        String key = words.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceFirst("[’']s$", "");
        return new EntityMention(words, start, end, key);
    }
}
