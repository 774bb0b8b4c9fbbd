package dev.slate.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.parse.SceneHeading.Place;
import dev.slate.source.ScriptText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenplayStructureTest {

    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();

    private static final String SCRIPT = """
                                  THE KEEPER

                                  written by

                                  Ann Hale

            FADE IN:

            12   EXT. LIGHTHOUSE - ROCK - NIGHT   12

            Waves hammer the rocks. MAREN (60s), wind-burned, climbs the steps. She stops.

                                MAREN (V.O.)
                          (quietly)
                      Forty years. Mrs. Orr said
                      forty years.
                                (MORE)
                                                                  2.
                                MAREN (CONT'D)
                      And not one ship.

                                                          CUT TO:

            INT. LIGHTHOUSE - LAMP ROOM - CONTINUOUS

            The lamp turns.

            FADE OUT.

            EXT. BEACH - DAWN

            Gulls.
            """;

    @Test
    void headingsAreUnderstood() {
        Screenplay s = PARSER.parse(SCRIPT);
        SceneHeading first = s.scenes().get(1).heading();
        assertThat(first.place()).isEqualTo(Place.EXTERIOR);
        assertThat(first.location()).isEqualTo("LIGHTHOUSE - ROCK");
        assertThat(first.locationParts()).containsExactly("LIGHTHOUSE", "ROCK");
        assertThat(first.time()).isEqualTo("NIGHT");
        assertThat(first.sceneNumber()).isEqualTo("12");
        assertThat(s.scenes().get(2).heading().time()).isEqualTo("CONTINUOUS");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            INT. LIGHTHOUSE - LAMP ROOM - NIGHT                  | INT | LIGHTHOUSE - LAMP ROOM   | NIGHT
            1. INT. TERRACED HOUSE. KITCHEN. NIGHT.              | INT | TERRACED HOUSE - KITCHEN | NIGHT
            INT. ST. MARY'S CHURCH. NAVE. DAY.                   | INT | ST. MARY'S CHURCH - NAVE | DAY
            INT. DR. KIM'S OFFICE. NIGHT                         | INT | DR. KIM'S OFFICE         | NIGHT
            EXT. ALLOTMENT – DAY                                 | EXT | ALLOTMENT                | DAY
            INT KITCHEN DAY                                      | INT | KITCHEN                  | DAY
            INT. TERRACED HOUSE - HALLWAY (CONTINUOUS)           | INT | TERRACED HOUSE - HALLWAY | CONTINUOUS
            INT. KITCHEN - NIGHT.                                | INT | KITCHEN                  | NIGHT
            INT. SHOP FLOOR - NIGHT (FLASHBACK - 1989)           | INT | SHOP FLOOR               | NIGHT (FLASHBACK - 1989)
            EXT. NIGHT MARKET                                    | EXT | NIGHT MARKET             | ''
            INT. BARN (FLASHBACK)                                | INT | BARN                     | FLASHBACK
            INT. BARN (DREAM)                                    | INT | BARN (DREAM)             | ''
            INT. DOUGH & DAUGHTERS BAKERY - 4:00 AM              | INT | DOUGH & DAUGHTERS BAKERY | 4:00 AM
            INT. BAKERY - KITCHEN - 11:55 A.M.                   | INT | BAKERY - KITCHEN         | 11:55 A.M.
            INT. BUNKER - 0400 HOURS                             | INT | BUNKER                   | 0400 HOURS
            INT. BINGO PALACE - SATURDAY NIGHT                   | INT | BINGO PALACE             | SATURDAY NIGHT
            EXT. VILLAGE GREEN - SUNDAY                          | EXT | VILLAGE GREEN            | SUNDAY
            EXT. ORCHARD - SPRING                                | EXT | ORCHARD                  | SPRING
            EXT. VERGER - NEW ROW - ONE YEAR LATER               | EXT | VERGER - NEW ROW         | ONE YEAR LATER
            INT. LA LANTERNE - 1992                              | INT | LA LANTERNE              | 1992
            INT. KITCHEN - NIGHT - FLASHBACK                     | INT | KITCHEN                  | NIGHT - FLASHBACK
            EXT. HIGHWAY - 11                                    | EXT | HIGHWAY - 11             | ''
            INT. HOTEL - WINTER GARDEN                           | INT | HOTEL - WINTER GARDEN    | ''
            EXT. SPRING                                          | EXT | SPRING                   | ''
            EXT. CITY - CHICAGO                                  | EXT | CITY - CHICAGO           | ''
            """)
    void aHeadingIsSplitIntoInteriorOrExteriorPlaceAndTimeHoweverItSeparatesThem(String heading, String place,
            String location, String time) {
        SceneHeading h = PARSER.parse(heading + "\n\nThe lamp turns.\n").scenes().get(0).heading();
        assertThat(h.place().code()).isEqualTo(place);
        assertThat(h.location()).isEqualTo(location);
        assertThat(h.time()).isEqualTo(time);
    }

    @Test
    void aSpeakerAndTheWordsOnOneLineAreOneSpeechWhoseTextIsTheWords() {
        Screenplay s = PARSER.parse("""
                INT. BAKERY - MORNING

                NADIA: Did you order the yeast? I asked you twice,
                and you wrote it down.
                OMAR (sheepish): I'll call them.
                OMAR (V.O.): Hello, is that the yeast people?
                """);
        List<Event.Dialogue> speeches = s.scenes().get(0).events().stream()
                .filter(e -> e instanceof Event.Dialogue).map(e -> (Event.Dialogue) e).toList();
        assertThat(speeches).extracting(Event.Dialogue::speaker).containsExactly("NADIA", "OMAR", "OMAR");
        assertThat(speeches.get(0).text()).isEqualTo("Did you order the yeast? I asked you twice, and you wrote it down.");
        assertThat(speeches.get(0).startLine()).isEqualTo(3);
        assertThat(speeches.get(0).endLine()).isEqualTo(4);
        // a note in the cue that is no extension is how the line is said
        assertThat(speeches.get(1).parentheticals()).containsExactly("sheepish");
        assertThat(speeches.get(1).cue().extensions()).isEmpty();
        assertThat(speeches.get(2).cue().extensions()).containsExactly("V.O.");
        assertThat(speeches.get(2).text()).isEqualTo("Hello, is that the yeast people?");
    }

    @Test
    void aNameWithAColonAloneOverItsSpeechIsACueWithItsExtensions() {
        Screenplay s = PARSER.parse("""
                INT. SIGNAL BOX - NIGHT

                MARTA (ON THE RADIO):
                Box twelve. The eleven-forty is through.
                RADIO (V.O.):
                Copy, twelve. Go home.
                MARTA:
                Not yet.
                """);
        List<Event.Dialogue> speeches = s.scenes().get(0).events().stream()
                .filter(e -> e instanceof Event.Dialogue).map(e -> (Event.Dialogue) e).toList();
        assertThat(speeches).extracting(Event.Dialogue::speaker).containsExactly("MARTA", "RADIO", "MARTA");
        assertThat(speeches.get(0).cue().extensions()).containsExactly("ON THE RADIO");
        assertThat(speeches.get(1).cue().extensions()).containsExactly("V.O.");
        assertThat(speeches.get(2).cue().extensions()).isEmpty();
        assertThat(speeches.get(0).text()).isEqualTo("Box twelve. The eleven-forty is through.");
    }

    @Test
    void inAScriptWrittenInMarkdownTheMarksInsideALineAreNotItsWords() {
        Screenplay s = PARSER.parse("""
                **EXT. RADIO TOWER - NIGHT**

                **JANE (30s)**, soaked, climbs the ladder. The light blinks *twice*.

                **JANE**
                I *said* I'm coming. Two * three is six.
                """);
        List<Event> events = s.scenes().get(0).events();
        assertThat(events).extracting(Event::text).containsExactly("JANE (30s), soaked, climbs the ladder.",
                "The light blinks twice.", "I said I'm coming. Two * three is six.");
        assertThat(s.lines()).extracting(TaggedLine::text).containsExactly("EXT. RADIO TOWER - NIGHT",
                "JANE (30s), soaked, climbs the ladder. The light blinks twice.", "JANE", "I said I'm coming. Two * three is six.");
    }

    @Test
    void aParentheticalOnTheLineOfTheWordsIsHowTheyAreSaid() {
        Screenplay s = PARSER.parse("""
                INT. KITCHEN - NIGHT

                SARAH
                (to John, quietly) Because
                the roof leaks.
                """);
        Event.Dialogue speech = (Event.Dialogue) s.scenes().get(0).events().get(0);
        assertThat(speech.parentheticals()).containsExactly("to John, quietly");
        assertThat(speech.text()).isEqualTo("Because the roof leaks.");
    }

    /**
     * OCR puts blank lines inside paragraphs: a line that stops at a comma, or one the next goes on from in lower
     * case, keeps its sentence whole. A line that ends a sentence still ends the paragraph, and so does a blank
     * line before a capital after a line without a stop (a fragment, as writers leave them).
     */
    @Test
    void aSentenceOcrCutWithABlankLineIsOneEvent() {
        String script = """
                INT. MORTUARY - DAY

                The skeleton laid out on the table,

                Dr. O'Neil works with a magnifier and a

                dental pick.

                Silence

                Then a knock.
                """;
        List<Event> events = PARSER.parse(script).scenes().get(0).events();
        assertThat(events).extracting(Event::text).containsExactly(
                "The skeleton laid out on the table, Dr. O'Neil works with a magnifier and a dental pick.",
                "Silence", "Then a knock.");
        assertThat(events.get(0).startLine()).isEqualTo(3);
        assertThat(events.get(0).endLine()).isEqualTo(7);
    }

    /** OCR's braces and brackets for a parenthetical's parentheses are not what the speaker does. */
    @Test
    void aParentheticalOcrReadWithBracesIsHowTheWordsAreSaidWithoutThem() {
        Screenplay s = PARSER.parse("""
                INT. DINER - NIGHT

                DOLORES
                {appalled, to the

                ceiling}
                Thirty-one years.

                MILO
                [pointing) The card's gone.
                """);
        List<Event> events = s.scenes().get(0).events();
        Event.Dialogue dolores = (Event.Dialogue) events.get(0);
        assertThat(dolores.parentheticals()).containsExactly("appalled, to the ceiling");
        assertThat(dolores.text()).isEqualTo("Thirty-one years.");
        Event.Dialogue milo = (Event.Dialogue) events.get(1);
        assertThat(milo.parentheticals()).containsExactly("pointing");
        assertThat(milo.text()).isEqualTo("The card's gone.");
    }

    @Test
    void withoutMarkdownAnAsteriskInALineStays() {
        Screenplay s = PARSER.parse("""
                INT. LAB - NIGHT

                The screen reads *ERROR* in red.
                """);
        assertThat(s.lines().get(1).text()).isEqualTo("The screen reads *ERROR* in red.");
    }

    @Test
    void aMarkdownTitleOrAQuotedShowTitleIsTheTitleWithoutItsMarks() {
        assertThat(PARSER.parse("# The Last Lighthouse\n\n**EXT. ROCKY COASTLINE - NIGHT**\n\nWaves.\n").titlePage().title())
                .isEqualTo("The Last Lighthouse");
        assertThat(PARSER.parse("                \"THE NIGHT DESK\"\n\n                \"Pilot\"\n\n               Written by\n"
                + "              Tomas Ferrell\n\nINT. RADIO STATION - NIGHT\n\nGus waits.\n").titlePage().title())
                .isEqualTo("THE NIGHT DESK");
        // two parts marked so are sections, the script's acts, not its title
        Screenplay acts = PARSER.parse("# Part One\n\nINT. ROOM - DAY\n\nA chair.\n\n# Part Two\n\nINT. ROOM - NIGHT\n\nNo chair.\n");
        assertThat(acts.titlePage().isPresent()).isFalse();
        assertThat(acts.sequences()).extracting(Sequence::title).containsExactly("# Part One", "# Part Two");
    }

    @Test
    void aChatsScriptHasItsTitleItsScenesNumberedAndItsSpeechesSaidAsTheParenthesisSays() {
        Screenplay s = PARSER.parse("**Title: Coffee and Rain**\n\n**Scene 12: INT. COFFEE SHOP - DAY**\n\n"
                + "*Rain.*\n\n**SARAH:** (nervously) I think we need to talk.\n\n**MARK:** About what?\n");
        assertThat(s.titlePage().title()).isEqualTo("Coffee and Rain");
        SceneHeading h = s.scenes().get(0).heading();
        assertThat(h.sceneNumber()).isEqualTo("12");
        assertThat(h.location()).isEqualTo("COFFEE SHOP");
        Event.Dialogue sarah = (Event.Dialogue) s.scenes().get(0).events().stream()
                .filter(e -> e instanceof Event.Dialogue).findFirst().orElseThrow();
        assertThat(sarah.parentheticals()).containsExactly("nervously");
        assertThat(sarah.text()).isEqualTo("I think we need to talk.");
    }

    @Test
    void whatAChatsScriptPutsBeforeItsFirstSceneIsItsTitlePageNotItsSpeeches() {
        Screenplay s = PARSER.parse("Title: The Night Shift\nGenre: Drama\n\nCharacters:\n- SARAH: 28, a barista\n"
                + "- MARK: 30, her regular\nTOM: 50s, the owner\n\nFADE IN:\n\nINT. COFFEE SHOP - NIGHT\n\n"
                + "SARAH: Last call.\nMARK: One more minute.\nTOM (O.S.): Sarah!\n");
        assertThat(s.titlePage().title()).isEqualTo("The Night Shift");
        assertThat(s.titlePage().lines()).contains("Genre: Drama", "- SARAH: 28, a barista", "TOM: 50s, the owner");
        assertThat(s.lines()).filteredOn(l -> l.tag() == LineTag.DIALOGUE).extracting(TaggedLine::number)
                .containsExactly(13, 14, 15);
    }

    @Test
    void theTitlePageAndTheOpeningAreKept() {
        Screenplay s = PARSER.parse(SCRIPT);
        assertThat(s.titlePage().title()).isEqualTo("THE KEEPER");
        assertThat(s.titlePage().lines()).containsExactly("THE KEEPER", "written by", "Ann Hale");
        Scene opening = s.scenes().get(0);
        assertThat(opening.hasHeading()).isFalse();
        assertThat(opening.events()).singleElement().isInstanceOf(Event.Transition.class);
    }

    @Test
    void aSpeechCutByAPageBreakIsOneDialogueEvent() {
        Screenplay s = PARSER.parse(SCRIPT);
        List<Event> events = s.scenes().get(1).events();
        Event.Dialogue speech = events.stream().filter(Event.Dialogue.class::isInstance).map(Event.Dialogue.class::cast)
                .findFirst().orElseThrow();
        assertThat(speech.speaker()).isEqualTo("MAREN");
        assertThat(speech.cue().extensions()).containsExactly("V.O.");
        assertThat(speech.parentheticals()).containsExactly("quietly");
        assertThat(speech.text()).isEqualTo("Forty years. Mrs. Orr said forty years. And not one ship.");
        assertThat(speech.startLine()).isEqualTo(13);
        assertThat(speech.endLine()).isEqualTo(20);
        assertThat(s.lines().stream().filter(l -> l.number() == 20).findFirst().orElseThrow().page()).isEqualTo(2);
    }

    @Test
    void actionIsSplitIntoSentencesThatACharacterDoesOrThatDescribe() {
        List<Event> events = PARSER.parse(SCRIPT).scenes().get(1).events();
        assertThat(events.get(0)).isEqualTo(new Event.Description("Waves hammer the rocks.", 11, 11, 1));
        assertThat(events.get(1)).isInstanceOf(Event.Action.class);
        assertThat(((Event.Action) events.get(1)).character()).isEqualTo("MAREN");
        assertThat(events.get(2)).isEqualTo(new Event.Action("MAREN", "She stops.", 11, 11, 1));
        assertThat(events).last().isEqualTo(new Event.Transition("CUT TO:", 22, 22, 2));
    }

    /**
     * A paragraph of action is one event per sentence, but no sentence ends inside a quotation or parentheses (a
     * sign, a note, a label of several sentences), nor before a number: screen prose spells out a number that
     * opens a sentence, so a stop before one is an abbreviation's or a counter's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The sign above it: VARGA SALT FISH, EST. 1961. Gulls circle.              | The sign above it: VARGA SALT FISH, EST. 1961. ~ Gulls circle.
            On the HUD: MOBILITY 34%... 61%... 88%. Bob walks.                       | On the HUD: MOBILITY 34%... 61%... 88%. ~ Bob walks.
            She unfolds the note: "Come home. We miss you." She cries.               | She unfolds the note: "Come home. We miss you." ~ She cries.
            She unfolds the note. "Come home." She cries.                           | She unfolds the note. ~ "Come home." ~ She cries.
            Beneath it, in pen: "Best pie since 2013. Say hi to Walt." She smiles.   | Beneath it, in pen: "Best pie since 2013. Say hi to Walt." ~ She smiles.
            Léa ouvre le navigateur : « Aucune connexion. » Elle soupire.            | Léa ouvre le navigateur : « Aucune connexion. » ~ Elle soupire.
            Ramón pega la etiqueta: «L-5. 12/03. ALONSO MARTÍNEZ». La alisa.        | Ramón pega la etiqueta: «L-5. 12/03. ALONSO MARTÍNEZ». ~ La alisa.
            Auf dem Zettel: »Bin gleich zurück. Nicht klingeln.« Sie klingelt.      | Auf dem Zettel: »Bin gleich zurück. Nicht klingeln.« ~ Sie klingelt.
            The card (signed J. Brandt. Dated.) falls. Amy picks it up.              | The card (signed J. Brandt. Dated.) falls. ~ Amy picks it up.
            """)
    void noSentenceEndsInsideAQuotationOrBeforeANumber(String paragraph, String sentences) {
        List<Event> events = PARSER.parse("INT. SHOP - DAY\n\n" + paragraph + "\n").scenes().get(0).events();
        assertThat(events).extracting(Event::text).containsExactly(sentences.split(" ~ "));
    }

    /**
     * A paragraph of action that a page break cuts mid-sentence goes on after the page's furniture: {@code
     * (CONTINUED)}, the page number and {@code CONTINUED:} at the top of the next page.
     */
    @Test
    void aSentenceCutByAPageBreakIsOneEvent() {
        String script = """
                INT. SHOP - NIGHT

                A gale throws the sea at the front.

                YOUNG EDITH (38), hair tied up in a scarf, fierce and quick,
                                                                 (CONTINUED)
                                                                                9.

                CONTINUED:

                bars the door with a broom. BOY TOMAS (11) watches from the
                stairs.
                """;
        List<Event> events = PARSER.parse(script).scenes().get(0).events();
        assertThat(events).extracting(Event::text).containsExactly("A gale throws the sea at the front.",
                "YOUNG EDITH (38), hair tied up in a scarf, fierce and quick, bars the door with a broom.",
                "BOY TOMAS (11) watches from the stairs.");
        assertThat(events.get(1).startLine()).isEqualTo(5);
        assertThat(events.get(1).endLine()).isEqualTo(11);
    }

    /**
     * A sentence's subject is a speaker named in its first capitalised words, however the name is written: after
     * a word that starts no name, in two words, in lower case, with a letter from outside ASCII that upper-cases
     * into the name's ({@code ı} into {@code I}), or with a possessive.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Iris opens the door.|IRIS",
        "Slowly Iris opens the door.|IRIS",
        "Then Dr. Okafor sits.|DR. OKAFOR",
        "Irıs opens the door.|IRIS",
        "Iris's coat drips on the floor.|IRIS",
        "Isaac Dunne waits.|ISAAC DUNNE",
        "The door opens.|",
    })
    void theSubjectOfASentenceIsASpeakerNamedInItsFirstWords(String sentence, String subject) {
        String script = """
                INT. HALL - NIGHT

                %s

                                    IRIS
                          Who's there?

                                    DR. OKAFOR
                          Only me.

                                    ISAAC DUNNE
                          And me.
                """.formatted(sentence);
        Event first = PARSER.parse(ScriptText.of(script)).scenes().get(0).events().get(0);
        if (subject == null) {
            assertThat(first).isInstanceOf(Event.Description.class);
        } else {
            assertThat(first).isInstanceOf(Event.Action.class);
            assertThat(((Event.Action) first).character()).isEqualTo(subject);
        }
    }

    @Test
    void timeCardsSupersAndTitleCardsAreCards() {
        Screenplay s = PARSER.parse("EXT. LONDON - DAY\n\nSUPER: LONDON, 1999\n\nA bus goes by.\n\n5 YEARS LATER\n\n"
                + "TITLE CARD: PART TWO\n\nCONFIDENTIAL\n\nThe same street.\n");
        List<Event> events = s.scenes().get(0).events();
        assertThat(events).containsExactly(
                new Event.Card(Event.Card.Kind.SUPER, "LONDON, 1999", 3, 3, 1),
                new Event.Description("A bus goes by.", 5, 5, 1),
                new Event.Card(Event.Card.Kind.TIME_CARD, "5 YEARS LATER", 7, 7, 1),
                new Event.Card(Event.Card.Kind.TITLE_CARD, "PART TWO", 9, 9, 1),
                new Event.Description("The same street.", 13, 13, 1));
        assertThat(s.lines().stream().filter(l -> l.number() == 11).findFirst().orElseThrow().tag())
                .as("a watermark fragment").isEqualTo(LineTag.PAGE);
    }

    @Test
    void sequencesRunFromFadeInToFadeOut() {
        Screenplay s = PARSER.parse(SCRIPT);
        assertThat(s.sequences()).hasSize(2);
        assertThat(s.sequences().get(0).scenes()).extracting(Scene::number).containsExactly(1, 2, 3);
        assertThat(s.sequences().get(1).scenes()).extracting(sc -> sc.heading().location()).containsExactly("BEACH");
        assertThat(s.sequences()).extracting(Sequence::page).containsExactly(1, 2);
    }

    @Test
    void actCardsNameTheirSequences() {
        Screenplay s = PARSER.parse("ACT ONE\n\nINT. A - DAY\n\nX.\n\nEND OF ACT ONE\n\nACT TWO\n\nINT. B - DAY\n\nY.\n");
        assertThat(s.sequences()).extracting(Sequence::title).containsExactly("ACT ONE", "ACT TWO");
        assertThat(s.sequences().get(1).scenes()).hasSize(1);
    }

    @Test
    void theLanguageIsDetectedOrChosen() {
        String french = "INT. CUISINE - NUIT\n\nElle ouvre la fenêtre et le vent entre dans la pièce.\n";
        assertThat(PARSER.parse(french).language()).isEqualTo("fr");
        assertThat(ScreenplayParser.builder().language("de").build().parse(french).language()).isEqualTo("de");
        // words of no language, and none at all: English, whose conventions every language's scripts borrow
        assertThat(PARSER.parse("Qqq zzz. Xyq.\n").language()).isEqualTo("en");
        assertThat(PARSER.parse("\n\n").language()).isEqualTo("en");
        // a short Spanish scene says its language by its words and its time of day
        assertThat(PARSER.parse("INT. COCINA - NOCHE\n\nUna taza.\n").language()).isEqualTo("es");
    }

    @Test
    void oneParserServesManyThreadsWithTheSameResults() throws Exception {
        Path script = Path.of("corpus/en-kestrel-wharf/en-kestrel-wharf.txt");
        ScriptText text = ScriptText.of(Files.readAllBytes(script));
        String expected = PARSER.parse(text).tagsTsv();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = pool.invokeAll(java.util.Collections.nCopies(16, () -> PARSER.parse(text).tagsTsv()));
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Dual dialogue as a PDF or a word processor lays it out: two cues on one line, two columns of speech. */
    @Test
    void twoSpeechesSideBySideAreTwoSpeechesOverTheSameLines() {
        Screenplay s = PARSER.parse(ScriptText.of("""
                INT. HALLWAY - NIGHT

                A knock at the door. Amy freezes. Outside, Bob leans on the bell.

                                    AMY                            BOB (O.S.)
                               (whispering)                 It's me. Open
                          Who's there? Who is it?           the door.
                          Answer me.

                                    BOB (O.S.)                     AMY
                          Stop asking. I won't stop.        Fine.
                          I never stop.                        (opening it)
                                                            Come in, then.

                She opens the door.
                """));
        List<Event.Dialogue> speeches = s.scenes().get(0).events().stream()
                .filter(e -> e instanceof Event.Dialogue).map(e -> (Event.Dialogue) e).toList();
        assertThat(speeches).extracting(Event.Dialogue::speaker).containsExactly("AMY", "BOB", "BOB", "AMY");
        assertThat(speeches).extracting(Event.Dialogue::text).containsExactly("Who's there? Who is it? Answer me.",
                "It's me. Open the door.", "Stop asking. I won't stop. I never stop.", "Fine. Come in, then.");
        assertThat(speeches).extracting(Event.Dialogue::parentheticals)
                .containsExactly(List.of("whispering"), List.of(), List.of(), List.of("opening it"));
        assertThat(speeches).extracting(d -> d.cue().dual()).containsExactly(false, true, false, true);
        assertThat(speeches).extracting(Event.Dialogue::startLine, Event.Dialogue::endLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 8), org.assertj.core.groups.Tuple.tuple(5, 8),
                        org.assertj.core.groups.Tuple.tuple(10, 13), org.assertj.core.groups.Tuple.tuple(10, 13));
        assertThat(s.lines()).filteredOn(l -> l.number() >= 5 && l.number() <= 13)
                .extracting(TaggedLine::speaker).containsOnly("AMY", "BOB");
        assertThat(s.lines()).filteredOn(l -> l.number() == 15).extracting(TaggedLine::tag).containsExactly(LineTag.ACTION);
    }
}
