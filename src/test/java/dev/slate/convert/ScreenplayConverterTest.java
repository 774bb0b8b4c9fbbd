package dev.slate.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapEntity;
import dev.slate.clap.ClapFinding;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReader;
import dev.slate.clap.ClapScene;
import dev.slate.clap.ClapSegment;
import dev.slate.clap.ClapValidator;
import dev.slate.clap.ClapWriter;
import dev.slate.parse.ScreenplayParser;
import dev.slate.source.ScriptText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ScreenplayConverterTest {

    private static final ScreenplayParser PARSER = ScreenplayParser.builder().build();
    private static final ScreenplayConverter CONVERTER =
            new ScreenplayConverter(ConvertOptions.defaults().withCreatedAt(Instant.parse("2026-11-21T12:00:00Z")));

    private static ClapProject convert(String corpusScript) throws IOException {
        Path txt = Path.of("corpus", corpusScript, corpusScript + ".txt");
        return CONVERTER.convert(PARSER.parse(ScriptText.of(Files.readAllBytes(txt))));
    }

    private static ClapEntity entity(ClapProject p, String triggerName) {
        return p.entities().stream().filter(e -> e.triggerName().equals(triggerName)).findFirst().orElseThrow();
    }

    @Test
    void idsAreUuidV4ShapedUniqueTheSameForTheSameScriptAndApartForAnother() throws IOException {
        ClapProject firmware = convert("en-firmware");
        List<String> ids = ids(firmware);
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertThat(ids(convert("en-firmware"))).isEqualTo(ids);
        List<String> other = ids(convert("en-coyles-well"));
        // a script's ids share one prefix drawn from its text and count on; another script's prefix differs
        assertThat(ids).extracting(id -> id.substring(0, 24)).containsOnly(ids.get(0).substring(0, 24));
        assertThat(other.get(0).substring(0, 24)).isNotEqualTo(ids.get(0).substring(0, 24));
        assertThat(firmware.segments()).filteredOn(s -> !s.sceneId().isEmpty())
                .allSatisfy(s -> assertThat(ids).contains(s.sceneId(), s.entityId().isEmpty() ? s.sceneId() : s.entityId()));
        // what that buys: a .clap of 56 KB, where 32 random digits per id made it 81 KB
        assertThat(new ClapWriter().toBytes(firmware).length).isLessThan(60_000);
    }

    private static List<String> ids(ClapProject p) {
        List<String> ids = new ArrayList<>();
        ids.add(p.meta().id());
        p.entities().forEach(e -> ids.add(e.id()));
        p.scenes().forEach(s -> {
            ids.add(s.id());
            s.events().forEach(e -> ids.add(e.id()));
        });
        p.segments().forEach(s -> ids.add(s.id()));
        return ids;
    }

    @Test
    void charactersAreDescribedFromTheirIntroduction() throws IOException {
        ClapProject p = convert("en-firmware");
        ClapEntity amy = entity(p, "AMY");
        assertThat(amy.category()).isEqualTo("CHARACTER");
        assertThat(amy.label()).isEqualTo("Amy");
        assertThat(amy.age()).isEqualTo(35);
        assertThat(amy.gender()).isEqualTo("female");
        assertThat(amy.appearance()).startsWith("with AR glasses resting atop her head");
        assertThat(amy.description()).startsWith("AMY (35), with AR glasses");
        assertThat(amy.extras()).containsEntry("firstScene", 2);
        ClapEntity desmond = entity(p, "DESMOND");
        assertThat(desmond.label()).isEqualTo("Desmond Kalu");
        assertThat(desmond.age()).isEqualTo(52);
        assertThat(desmond.gender()).isEqualTo("male");
    }

    @Test
    void aCueNameUsedAloneIsThePersonIntroducedWithTheLongerName() throws IOException {
        ClapProject p = convert("en-firmware");
        assertThat(p.entities()).filteredOn(e -> e.triggerName().contains("BOB")).singleElement()
                .satisfies(bob -> {
                    assertThat(bob.triggerName()).isEqualTo("BOB");
                    assertThat(bob.label()).isEqualTo("Cyber Bob");
                    assertThat(bob.gender()).isEqualTo("male");
                });
    }

    @Test
    void twoPeopleAreNeverMerged() {
        String script = """
                INT. OFFICE - DAY

                JOHN SMITH (40) and JOHN (12), his son, sit side by side.

                                    JOHN SMITH
                          Sit still.

                                    JOHN
                          I am sitting still.
                """;
        ClapProject p = CONVERTER.convert(PARSER.parse(script));
        assertThat(p.entities()).filteredOn(e -> e.category().equals("CHARACTER")).extracting(ClapEntity::triggerName)
                .containsExactly("JOHN SMITH", "JOHN");
        assertThat(entity(p, "JOHN").age()).isEqualTo(12);
        assertThat(entity(p, "JOHN SMITH").age()).isEqualTo(40);
    }

    @Test
    void aPronounAfterSomeoneElseHasSpokenTellsTheGenderOnlyOfSomeoneNamedAgain() {
        String script = """
                INT. HOSPITAL CORRIDOR - NIGHT

                JEAN-LUC BERTRAND (50s), scrubs, paces by a vending machine.

                                    JEAN-LUC
                          And if he asks for his mother?

                                    DR. KIM
                          Tell him she's on a boat.

                She hangs up.

                MARTA (30s), a porter, pushes an empty trolley past the window.

                                    DR. KIM
                          Marta!

                Marta stops. She turns round.

                                    MARTA
                          Yes?
                """;
        ClapProject p = CONVERTER.convert(PARSER.parse(script));
        // "She hangs up." comes after Dr. Kim's answer: it says nothing of Jean-Luc
        assertThat(entity(p, "JEAN-LUC").gender()).isEmpty();
        assertThat(entity(p, "JEAN-LUC").age()).isEqualTo(55);
        assertThat(entity(p, "MARTA").gender()).isEqualTo("female");
    }

    @Test
    void theRestOfTheScriptTellsTheGenderOfSomeoneTheIntroductionDidNot() {
        String script = """
                INT. CAR PARK - NIGHT

                PRIYA NAIR (60s), night security, appears from behind a pillar. MINA (30s) waits by the van.
                GEOFF (50s) leans on the barrier.

                                    PRIYA
                          Only my knees.

                                    MINA
                          Good.

                                    GEOFF
                          Can we go?

                Priya sits on an upturned crate, reading her paperback, thermos at her feet.

                Mina looks up. She checks the time.

                Geoff sits next to her. She doesn't move away.

                Geoff hands her a mug.
                """;
        ClapProject p = CONVERTER.convert(PARSER.parse(script));
        assertThat(entity(p, "PRIYA").gender()).isEqualTo("female");
        assertThat(entity(p, "MINA").gender()).isEqualTo("female");
        // "She doesn't move away" is the woman beside him, and "hands her a mug" gives her the mug: neither is Geoff
        assertThat(entity(p, "GEOFF").gender()).isEmpty();
    }

    @Test
    void aSpanishSubjectPronounAfterANameIsSomeoneElse() {
        String script = """
                EXT. PATIO - DÍA

                ELENA (47), gafas de sol, entra con una bandeja.

                                    ELENA
                          ¿Desayunamos?

                Las palomas se arremolinan. Un batir de alas. El sol entra de golpe.

                Elena le pasa el brazo por los hombros. Él se deja.
                """;
        ClapProject p = CONVERTER.convert(PARSER.parse(script));
        assertThat(entity(p, "ELENA").gender()).isEmpty();
    }

    @Test
    void inSpanishAndFrenchAWordThatAgreesWithTheNameTellsTheGender() {
        String spanish = """
                INT. OFICINA DE OBJETOS PERDIDOS - DÍA

                LUCÍA (34) y RAMÓN (64) ordenan cajas. ELENA (47) abre la puerta.

                                    LUCÍA
                          ¿Y esto?

                                    RAMÓN
                          Un paraguas.

                                    ELENA
                          Buenos días.

                Lucía, sentada en un taburete, sopla el polvo de una caja.

                Ramón está subido a una escalera.

                Elena abre la caja cerrada.
                """;
        ClapProject es = CONVERTER.convert(PARSER.parse(spanish));
        assertThat(entity(es, "LUCÍA").gender()).isEqualTo("female");
        // in an appearance, a word alone between commas agrees with the person; one among others, with a thing
        ClapProject tram = CONVERTER.convert(PARSER.parse("""
                INT. TRANVÍA - NOCHE

                Entra DANI (25), mochila, auriculares al cuello, empapado. ELENA (47, camisa de lino arrugada) conduce.

                                    DANI
                          ¿Esto sigue funcionando?

                                    ELENA
                          Siéntate.
                """));
        assertThat(entity(tram, "DANI").gender()).isEqualTo("male");
        assertThat(entity(tram, "ELENA").gender()).isEmpty();
        assertThat(entity(es, "RAMÓN").gender()).isEqualTo("male");
        // "cerrada" is the box's
        assertThat(entity(es, "ELENA").gender()).isEmpty();

        String french = """
                INT. STUDIO DE RADIO - NUIT

                MARIE DELORME (54 ans) et THÉO (23 ans) préparent l'émission.

                                    MARIE
                          On y va.

                                    THÉO
                          Trente secondes.

                Marie est assise face au micro.
                """;
        ClapProject fr = CONVERTER.convert(PARSER.parse(french));
        assertThat(entity(fr, "MARIE").gender()).isEqualTo("female");
        assertThat(entity(fr, "THÉO").gender()).isEmpty();
    }

    @Test
    void aLanguageReadsItsOwnWordsForPeopleNotEnglishOnes() {
        String script = """
                INT. CAMIONNETTE – NUIT

                Au volant, ODILE FERRAND (50 ans, blouson de cuir) mâche un chewing-gum. À côté d'elle, son fils BASTIEN (17 ans) dort contre la vitre.

                LÉA (30 ans, son vélo à la main) frappe à la vitre.

                                    ODILE
                          Bastien. Réveille-toi.

                                    BASTIEN
                          On est où ?

                                    LÉA
                          Vous avez du feu ?
                """;
        ClapProject p = CONVERTER.convert(PARSER.parse(script));
        // "d'elle" is a pronoun once the apostrophe is set apart, and "son" is French, not the English word for a boy
        assertThat(entity(p, "ODILE").gender()).isEqualTo("female");
        assertThat(entity(p, "LÉA").gender()).isEmpty();
    }

    /** An action line, then a line for each name so that all of them speak; the person asked about comes first. */
    static Stream<org.junit.jupiter.params.provider.Arguments> introductions() {
        return Stream.of(
                intro("en", "NELL (34), sharp, tired, leans in the doorway. She has been standing there longer than he knows.",
                        "NELL", 34, "female", "sharp, tired"),
                intro("en", "KIT HALE (30s), her grandson, in an apron, wrestles with a coffee machine.", "KIT", 35, "male",
                        "her grandson"),
                intro("en", "He pockets the phone as JUNE ADEYEMI (58), a ward nurse, steps out of a side room to meet him.",
                        "JUNE", 58, "", "a ward nurse"),
                intro("en", "SHOPKEEPER (50s), woman, spectacles on a ribbon, wraps the rope.", "SHOPKEEPER", 55, "female",
                        "woman"),
                intro("en", "The STATIONMASTER (60s) leans out. Tull doesn't answer. He pokes the rubble with his boot.\n\n"
                        + "SHERIFF TULL (50s) waits.", "STATIONMASTER", 65, "", ""),
                intro("en", "SGT. BANERJEE (40s) holds a clipboard. DR. FIONA O'NEIL (50s), pathologist, ducks out of the "
                        + "tent. She pulls down her mask.", "DR. O'NEIL", 55, "female", "pathologist"),
                intro("en", "TESS'S MOTHER waves from the porch.", "TESS'S MOTHER", 0, "female", ""),
                intro("en", "EDITH VARGA (74), small, wiry, packs salt. She hums. YOUNG EDITH (38), hair tied up in a scarf, "
                        + "bars the door.", "YOUNG EDITH", 38, "female", "hair tied up"),
                intro("en", "PAVEL VARGA (42), broad, bearded, oilskins half on, searches the drawers.", "PAVEL", 42, "male",
                        "broad, bearded"),
                intro("en", "REN OKAFOR (26), waitress, pours coffee. She is tired. In the corner booth, TEDDY BLOOM (70s), "
                        + "cardigan, raises one finger. Ren fills his cup.", "TEDDY", 75, "male", "cardigan"),
                intro("de", "Am Steuer ÖZLEM YILDIZ (34, Arbeitsjacke, Wollmütze, silberner Nasenring). Ihr Handy klingelt.",
                        "ÖZLEM", 34, "female", "Arbeitsjacke, Wollmütze, silberner Nasenring"),
                intro("de", "HERR SCHNITTKE (68, Strickjacke, Pantoffeln) erscheint in der Tür.", "SCHNITTKE", 68, "male",
                        "Strickjacke, Pantoffeln"),
                intro("fr", "Dans la timonerie, QUINTARD (63 ans, barbe blanche) tient la barre. À côté de lui, LÉA KERBRAT "
                        + "(26 ans, trench beige) serre contre elle une pochette.", "QUINTARD", 63, "male", "barbe blanche"),
                intro("es", "Delante del mostrador, un ADOLESCENTE (16, sudadera con capucha) tamborilea con los dedos.",
                        "ADOLESCENTE", 16, "male", "sudadera con capucha"),
                intro("fr", "Une tasse marquée « MARIE » sur la table. MARIE DELORME (54 ans, voix grave) parle dans le micro.",
                        "MARIE", 54, "", "voix grave"),
                // the age between commas, as language models and some writers introduce people
                intro("en", "SARAH, 30s, paces by the window, phone in hand. She looks exhausted.", "SARAH", 35, "female",
                        "paces by the window"),
                intro("en", "JOHN, late 40s, bearded, appears in the doorway.", "JOHN", 47, "male", "bearded"),
                intro("en", "TULL, 52. He checks the gauge.", "TULL", 52, "male", ""));
    }

    private static org.junit.jupiter.params.provider.Arguments intro(String lang, String action, String name, int age,
            String gender, String appearance) {
        return org.junit.jupiter.params.provider.Arguments.of(lang, action, name, age, gender, appearance);
    }

    @ParameterizedTest(name = "{2}: {0}")
    @MethodSource("introductions")
    void anIntroductionGivesAgeAppearanceAndOnlyTheGenderItTells(String lang, String action, String name, int age,
            String gender, String appearance) {
        StringBuilder script = new StringBuilder("INT. ROOM - DAY\n\n").append(action).append("\n\n");
        for (String speaker : List.of(name, "TULL", "LÉA", "BANERJEE", "TOMAS", "REN", "EDITH").stream().distinct().toList()) {
            script.append("                    ").append(speaker).append("\n          Yes.\n\n");
        }
        ClapProject p = CONVERTER.convert(ScreenplayParser.builder().language(lang).build().parse(script.toString()));
        ClapEntity e = entity(p, name);
        assertThat(e.age()).isEqualTo(age);
        assertThat(e.gender()).isEqualTo(gender);
        assertThat(e.appearance()).startsWith(appearance);
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 30, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aCueWithAWideGapIsANameOfTwoWords() throws Exception {
        // a forced Fountain cue whose two words are twenty thousand spaces apart, and action full of capitals:
        // each name in capitals is matched against the cue's words, which must be two, not twenty thousand
        StringBuilder action = new StringBuilder("JOHN SMITH (40) waits.");
        for (int i = 0; i < 300; i++) {
            action.append(" The PHONE RINGS in ROOM ").append(i).append('.');
        }
        String fountain = "INT. ROOM - DAY\n\n" + action + "\n\n@JOHN" + " ".repeat(20_000) + "SMITH\nHello.\n";
        ScriptText text = dev.slate.source.ScriptSources.read(fountain.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                dev.slate.source.ScriptFormat.FOUNTAIN);
        ClapProject p = CONVERTER.convert(PARSER.parse(text));
        assertThat(p.entities()).filteredOn(e -> e.category().equals("CHARACTER")).hasSize(1);
    }

    @Test
    void placesComeFromHeadingsWithTheirParentPlace() throws IOException {
        ClapProject p = convert("en-firmware");
        ClapEntity lab = entity(p, "BBT TECHNOLOGIES - LAB");
        assertThat(lab.category()).isEqualTo("LOCATION");
        assertThat(lab.extras()).containsEntry("parent", "BBT TECHNOLOGIES").containsEntry("place", "INT");
        assertThat(p.entities()).noneMatch(e -> e.triggerName().startsWith("MONTAGE"));
    }

    @Test
    void aReturnHeadingIsThePlaceItGoesBackTo() throws IOException {
        ClapProject p = convert("en-breakfast-shift");
        // BACK AT THE DINER, twice: the LUCKY SPOON DINER of the first scene, not a place of its own
        assertThat(p.entities()).noneMatch(e -> e.triggerName().startsWith("BACK AT"));
        ClapEntity diner = entity(p, "LUCKY SPOON DINER");
        List<ClapSegment> locations = on(p, "LOCATION").stream().filter(s -> s.entityId().equals(diner.id())).toList();
        assertThat(locations).hasSizeGreaterThanOrEqualTo(3);
        // and its shots are told where they are: inside the diner, not "BACK AT THE DINER"
        assertThat(locations).allSatisfy(s -> assertThat(s.prompt()).isEqualToIgnoringCase("interior, lucky spoon diner"));

        ClapProject web = convertText("int. bus depot - night\n\nCLAUDETTE (60s) knits.\n\next. coastal road - night\n\n"
                + "Rain.\n\nback to the depot\n\nClaudette picks up the radio.\n\nBACK AT THE LIGHTHOUSE\n\nNobody.\n");
        assertThat(web.entities()).filteredOn(e -> e.category().equals("LOCATION")).extracting(ClapEntity::triggerName)
                .containsExactly("BUS DEPOT", "COASTAL ROAD", "THE LIGHTHOUSE");
    }

    @Test
    void aShotLineFramesTheShotUnderItAndIsNoSceneOrPlace() {
        ClapProject p = convertText("INT. SEED VAULT - NIGHT\n\nDoc sweeps his flashlight down an aisle. Stops.\n\n"
                + "HIS FLASHLIGHT BEAM\n\nOne box sits on the floor, lid off.\n\nANGLE ON the empty shelf.\n\n"
                + "A clean circle in the dust.\n\nEXT. SEED VAULT - NIGHT\n\nSnow.\n");
        assertThat(p.scenes()).hasSize(2);
        assertThat(p.entities()).filteredOn(e -> e.category().equals("LOCATION")).extracting(ClapEntity::triggerName)
                .containsExactly("SEED VAULT");
        // the shot under each line is framed by it, the sentence's stop left out of the framing
        assertThat(on(p, "CAMERA")).extracting(ClapSegment::prompt)
                .containsSubsequence("his flashlight beam", "angle on the empty shelf");
        assertThat(on(p, "VIDEO")).filteredOn(v -> v.prompt().contains("A clean circle")).singleElement()
                .satisfies(v -> assertThat(v.prompt()).startsWith("angle on the empty shelf, interior, SEED VAULT"));
    }

    static Stream<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("corpus"))) {
            dirs.filter(d -> Files.exists(d.resolve(d.getFileName() + ".txt"))).map(d -> d.getFileName().toString()).sorted().forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCategoryHasItsOwnTrackAndNothingOverlaps(String script) throws IOException {
        ClapProject p = convert(script);
        Map<Integer, String> categoryOfTrack = new HashMap<>();
        for (ClapSegment s : p.segments()) {
            assertThat(categoryOfTrack.putIfAbsent(s.track(), s.category())).as("track %d", s.track()).isIn(null, s.category());
            assertThat(s.status()).isEqualTo("TO_GENERATE");
        }
        List<ClapFinding> findings = new ClapValidator().validate(p);
        assertThat(findings).as("a converted script is a valid project with no overlap").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void noSeedIsInventedSoToolsPickTheirOwn(String script) throws IOException {
        ClapProject p = convert(script);
        // the draft: "if 0 or left empty a random seed will be used by the tools"; a script says nothing of seeds
        assertThat(p.segments()).extracting(ClapSegment::seed).containsOnly(0L);
        assertThat(p.entities()).extracting(ClapEntity::seed).containsOnly(0L);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyShotHasItsVideoAndStoryboardAndCamera(String script) throws IOException {
        ClapProject p = convert(script);
        Map<Double, List<String>> atStart = new HashMap<>();
        for (ClapSegment s : p.segments()) {
            if (s.category().equals("VIDEO") || s.category().equals("IMAGE") || s.category().equals("CAMERA")) {
                atStart.computeIfAbsent(s.startTimeInMs(), k -> new ArrayList<>()).add(s.category());
            }
        }
        assertThat(atStart.values()).allSatisfy(c -> assertThat(c).containsExactlyInAnyOrder("VIDEO", "IMAGE", "CAMERA"));
    }

    @Test
    void lineNumbersPointIntoTheEmbeddedScreenplay() throws IOException {
        ClapProject p = convert("en-kestrel-wharf");
        String[] lines = p.meta().screenplay().split("\n", -1);
        for (ClapSegment s : p.segments()) {
            if (s.category().equals("DIALOGUE")) {
                String cue = lines[s.startTimeInLines() - 1].strip();
                ClapEntity speaker = p.entities().stream().filter(e -> e.id().equals(s.entityId())).findFirst().orElseThrow();
                assertThat(cue).as("the line a dialogue segment starts on is its cue").startsWith(speaker.triggerName());
            }
        }
        for (ClapScene scene : p.scenes()) {
            assertThat(lines[scene.startAtLine() - 1].strip()).as("scene %s", scene.line()).contains(scene.line());
            assertThat(scene.events()).allSatisfy(e -> assertThat(e.startAtLine()).isBetween(scene.startAtLine(), scene.endAtLine()));
        }
    }

    @Test
    void theSameScriptGivesTheSameProjectAndItReadsBackUnchanged() throws Exception {
        ClapProject a = convert("en-salt-ledger");
        ClapProject b = convert("en-salt-ledger");
        assertThat(a).isEqualTo(b);
        ClapWriter writer = new ClapWriter();
        assertThat(new ClapReader().read(writer.toBytes(a), "salt.clap").project()).isEqualTo(a);
    }

    @Test
    void scenesCarryTheirDurationAndTheMetaTheTotal() throws IOException {
        ClapProject p = convert("en-coyles-well");
        long sum = 0;
        for (ClapScene s : p.scenes()) {
            sum += ((Number) s.extras().get("durationInMs")).longValue();
        }
        assertThat((double) sum).isEqualTo(p.meta().durationInMs());
        double lastEnd = p.segments().stream().mapToDouble(ClapSegment::endTimeInMs).max().orElse(0);
        assertThat(p.meta().durationInMs()).isEqualTo(lastEnd);
    }

    private static ClapProject convertText(String script) {
        return CONVERTER.convert(PARSER.parse(ScriptText.of(script)));
    }

    @Test
    void aCueOfATitleAndASurnameIsThePersonTheActionIntroducedByName() {
        String speeches = "\n\n                    DET. O'HARA\n          Keep it down.\n\n                    MRS. HALE\n"
                + "          The canary.\n\n                    DR. JEKYLL/MR. HYDE\n          Mine.\n";
        // DET. is an abbreviation (grammar abbreviation): the sentence reads on, and the name keeps its title
        ClapProject titled = convertText("INT. PRECINCT - NIGHT\n\nPhones ring. DET. ROSA O'HARA (40s), tie loosened, reads"
                + " a file with her feet on the desk. MR. HALE (60) and his wife JUNE HALE (58) wait." + speeches);
        assertThat(entity(titled, "DET. O'HARA")).satisfies(rosa -> {
            assertThat(rosa.label()).isEqualTo("Det. Rosa O'Hara");
            assertThat(rosa.age()).isEqualTo(45);
            assertThat(rosa.gender()).isEqualTo("female");
        });
        // MRS. HALE is not MR. HALE, but the JUNE HALE the action names; the title tells what the introduction does not
        assertThat(entity(titled, "MRS. HALE")).satisfies(june -> {
            assertThat(june.label()).isEqualTo("June Hale");
            assertThat(june.age()).isEqualTo(58);
            assertThat(june.gender()).isEqualTo("female");
        });
        assertThat(entity(titled, "DR. JEKYLL/MR. HYDE").label()).isEqualTo("Dr. Jekyll/Mr. Hyde");
        ClapProject untitled = convertText("INT. PRECINCT - NIGHT\n\nROSA O'HARA (42) reads a file with her feet on the desk."
                + speeches);
        assertThat(entity(untitled, "DET. O'HARA").label()).isEqualTo("Rosa O'Hara");
        assertThat(entity(untitled, "DET. O'HARA").age()).isEqualTo(42);
    }

    @Test
    void speechesWrittenAsNameColonWordsAreDialogueAndAWordForAPersonBeforeANameTellsTheirGender() {
        ClapProject p = convertText("INT. BAKERY - MORNING\n\nNADIA (30s) kneads dough. Her brother OMAR (20s) counts the till.\n\n"
                + "NADIA: Did you order the yeast?\nOMAR: I ordered the yeast.\nNADIA: The right yeast?\n"
                + "OMAR (sheepish): I'll call them.\n");
        assertThat(on(p, "DIALOGUE")).extracting(ClapSegment::prompt)
                .containsExactly("Did you order the yeast?", "I ordered the yeast.", "The right yeast?", "I'll call them.");
        assertThat(on(p, "DIALOGUE")).extracting(ClapSegment::startTimeInLines).containsExactly(5, 6, 7, 8);
        assertThat(entity(p, "OMAR").gender()).isEqualTo("male");
        assertThat(entity(p, "OMAR").extras()).containsEntry("speeches", 2);
        assertThat(entity(p, "NADIA").age()).isEqualTo(35);
    }

    @Test
    void aCastListOnTheTitlePageDescribesTheSpeakersTheActionDoesNot() {
        ClapProject p = convertText("Title: The Night Shift\n\nCharacters:\n- SARAH: 28, a barista with big dreams\n"
                + "- MARK: 30, a quiet man\nTOM: 50s, the owner\n\nFADE IN:\n\nINT. COFFEE SHOP - NIGHT\n\n"
                + "TOM (60) counts the till.\n\nSARAH: Last call.\nMARK: One more minute.\nTOM (O.S.): Sarah!\n");
        assertThat(entity(p, "SARAH")).satisfies(sarah -> {
            assertThat(sarah.age()).isEqualTo(28);
            assertThat(sarah.appearance()).isEqualTo("a barista with big dreams");
            assertThat(sarah.description()).isEqualTo("SARAH: 28, a barista with big dreams");
        });
        assertThat(entity(p, "MARK").gender()).isEqualTo("male");
        // the action's own introduction, with its note, comes first
        assertThat(entity(p, "TOM").age()).isEqualTo(60);
    }

    @Test
    void aTimeOfDayWithANoteLightsItsSceneAndAStoryDayLightsALaterOne() {
        ClapProject p = convertText("INT. HOSPITAL ROOM - EVENING\n\nEdith sleeps.\n\n"
                + "10  INT. SHOP FLOOR - NIGHT (FLASHBACK - 1989) 10\n\nThe lamps are lit.\n\n"
                + "EXT. HARBOUR - DAY\n\nGulls.\n\n"
                + "INT. GUS'S APARTMENT - KITCHEN - LATER (NIGHT 1)\n\nGus fills the kettle.\n");
        assertThat(on(p, "TIME")).extracting(ClapSegment::label)
                .containsExactly("EVENING", "NIGHT (FLASHBACK - 1989)", "DAY", "LATER (NIGHT 1)");
        assertThat(on(p, "LIGHTING")).extracting(ClapSegment::label).containsExactly("low, warm light of evening",
                "night, lit by practical lamps", "natural daylight", "night, lit by practical lamps");
        assertThat(on(p, "LOCATION")).extracting(ClapSegment::label).contains("SHOP FLOOR");
    }

    /**
     * A clock time is lit as the hour it names (the grammar's {@code lighting.hour}), and a day of the week before a
     * time of day as that time; neither stays in the place's name.
     */
    @Test
    void aClockTimeOrADayOfTheWeekIsTheScenesTimeAndLightsIt() {
        ClapProject p = convertText("INT. BAKERY - 4:00 AM\n\nFlour.\n\n"
                + "INT. BAKERY - KITCHEN - 5:30 AM\n\nOvens.\n\n"
                + "EXT. BAKERY - 11:55 A.M.\n\nA queue.\n\n"
                + "INT. BINGO PALACE - SATURDAY NIGHT\n\nBalls drop.\n\n"
                + "EXT. ROOF - 18:30\n\nGulls.\n");
        assertThat(on(p, "TIME")).extracting(ClapSegment::label)
                .containsExactly("4:00 AM (NIGHT)", "5:30 AM (DAWN)", "11:55 A.M. (DAY)", "SATURDAY NIGHT", "18:30 (DUSK)");
        assertThat(on(p, "LIGHTING")).extracting(ClapSegment::label).containsExactly("night, lit by practical lamps",
                "low, warm light of dawn", "natural daylight", "night, lit by practical lamps", "low, warm light of dusk");
        assertThat(on(p, "LOCATION")).extracting(ClapSegment::label)
                .containsExactly("BAKERY", "BAKERY - KITCHEN", "BAKERY", "BINGO PALACE", "ROOF");
    }

    @Test
    void weatherInTheActionGivesItsSceneAWeatherSegmentInAnyCaseAndOnlyForWholeWords() {
        ClapProject p = convertText("INT. WORKSHOP - NIGHT\n\nRain lashes the windows. The WIND howls over the rainbow; rain again.\n\n"
                + "EXT. YARD - DAY\n\nA still morning. Snowdrops by the gate.\n");
        List<ClapSegment> weather = on(p, "WEATHER");
        assertThat(weather).extracting(ClapSegment::prompt).containsExactly("rain, wind");
        ClapSegment workshop = on(p, "LOCATION").get(0);
        assertThat(weather.get(0).startTimeInMs()).isEqualTo(workshop.startTimeInMs());
        assertThat(weather.get(0).endTimeInMs()).isEqualTo(workshop.endTimeInMs());
    }

    @Test
    void anActionThatMentionsMusicIsAMusicCueAndAWordThatOnlyStartsLikeOneIsNot() {
        ClapProject p = convertText("INT. BAR - NIGHT\n\nThe Jukebox crackles.\n\nA songbird on the sill, silent.\n\nShe HUMS along.\n");
        assertThat(on(p, "MUSIC")).extracting(ClapSegment::prompt).containsExactly("The Jukebox crackles.", "She HUMS along.");
    }

    @Test
    void weatherAndMusicWordsWithAccentsAreFoundInTheScriptsLanguage() {
        ClapProject french = CONVERTER.convert(ScreenplayParser.builder().language("fr").build()
                .parse(ScriptText.of("INT. CUISINE - NUIT\n\nLa Tempête gronde, puis la GRÊLE. Un air d'accordéon.\n")));
        assertThat(on(french, "WEATHER")).extracting(ClapSegment::prompt).containsExactly("tempête, grêle");
        assertThat(on(french, "MUSIC")).hasSize(1);
        ClapProject spanish = CONVERTER.convert(ScreenplayParser.builder().language("es").build()
                .parse(ScriptText.of("INT. COCINA - NOCHE\n\nSuena una Canción lejana. Cae un relámpago.\n")));
        assertThat(on(spanish, "MUSIC")).extracting(ClapSegment::prompt).containsExactly("Suena una Canción lejana.");
        assertThat(on(spanish, "WEATHER")).extracting(ClapSegment::prompt).containsExactly("relámpago");
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> weatherLanguagesAndSeeds() {
        return Stream.of("en", "fr", "es", "de").flatMap(language -> java.util.stream.IntStream.range(0, 12)
                .mapToObj(seed -> org.junit.jupiter.params.provider.Arguments.of(language, seed)));
    }

    /**
     * Seeded sentences of the grammar's weather words in any case among words that start as they do but are
     * longer or shorter, or are as long but spelt otherwise: every weather word is found, and nothing else
     * (words are let go by their first two letters and length before any lookup).
     */
    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("weatherLanguagesAndSeeds")
    void everyWeatherWordOfTheGrammarIsFoundInAnyCaseAmongWordsThatStartAlike(String language, int seed) {
        List<String> entries = new ArrayList<>(dev.slate.parse.internal.Grammar.load(language).entries("weather"));
        java.util.Collections.sort(entries);
        java.util.Set<String> all = new java.util.HashSet<>(entries);
        java.util.Random random = new java.util.Random(seed);
        java.util.LinkedHashSet<String> expected = new java.util.LinkedHashSet<>();
        StringBuilder action = new StringBuilder("The");
        for (int i = 0; i < 40; i++) {
            String entry = entries.get(random.nextInt(entries.size()));
            String word = switch (random.nextInt(4)) {
                case 0 -> entry.substring(0, Math.max(1, entry.length() - 1 - random.nextInt(entry.length()))); // shorter
                case 1 -> entry + "ZQ".substring(random.nextInt(2)); // longer
                case 2 -> entry.charAt(0) + "Q".repeat(entry.length() - 1); // as long, spelt otherwise
                default -> entry;
            };
            if (all.contains(word)) {
                expected.add(word.toLowerCase(java.util.Locale.ROOT));
            }
            String cased = switch (random.nextInt(3)) {
                case 0 -> word.toLowerCase(java.util.Locale.ROOT);
                case 1 -> word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
                default -> word;
            };
            action.append(' ').append(cased).append(random.nextInt(5) == 0 ? "," : " and");
        }
        ClapProject p = CONVERTER.convert(ScreenplayParser.builder().language(language).build()
                .parse(ScriptText.of("INT. WORKSHOP - NIGHT\n\n" + action + " the end.\n")));
        List<ClapSegment> weather = on(p, "WEATHER");
        if (expected.isEmpty()) {
            assertThat(weather).isEmpty();
        } else {
            assertThat(weather).extracting(ClapSegment::prompt).containsExactly(String.join(", ", expected));
        }
    }

    /** Found by the fuzzer: each sound's prompt quoted the whole paragraph, so N sounds cost N paragraphs. */
    @Test
    void aParagraphOfThousandsOfSoundsGivesEachItsOwnWordsNotTheWholeParagraph() {
        StringBuilder paragraph = new StringBuilder("The wind rises.");
        for (int i = 0; i < 3000; i++) {
            paragraph.append(i % 2 == 0 ? " a BANG rings out" : " then a CRASH follows");
        }
        ClapProject p = convertText("INT. WORKSHOP - NIGHT\n\n" + paragraph + ".\n");
        List<ClapSegment> sounds = p.segments().stream().filter(s -> s.category().equals("SOUND")).toList();
        assertThat(sounds).hasSize(3000);
        assertThat(sounds).extracting(ClapSegment::prompt).allMatch(prompt -> prompt.length() < 500, "under 500 characters")
                .allMatch(prompt -> prompt.matches("(bang|crash) \\(.*(BANG|CRASH).*\\)"), "the sound, then the words around it");
    }

    /**
     * Scripts capitalise props, signs and people seen once as well as sounds: only a run whose last word is a
     * sound word (with its endings) is a SOUND; the rest were each a SOUND segment before.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | A forklift sits abandoned, its engine TICKING as it cools. | TICKING",
        "en | Upstairs, a door keeps SLAMMING. | SLAMMING",
        "en | The clock CHIMES twice. | CHIMES",
        "en | A faint KNOCKING from inside the container. | KNOCKING",
        "en | Somewhere a phone RINGS, then the GLASS SHATTERS. | RINGS;GLASS SHATTERS",
        "en | The typewriter goes CLACK-CLACK in the dark. | CLACK-CLACK",
        "en | Cutter lays out his CUTLERY in a perfect line. | ",
        "en | Her torch finds crates stencilled MEDICAL SUPPLIES on the side. | ",
        "en | SGT. DAVID REES (60) cradles a phone against his shoulder. | ",
        "en | Two TECHNICIANS wheel in a crate of BLASTING POWDER. | ",
        "en | Something MOVES behind the crates. | ",
        "fr | La porte CLAQUE derrière elle. | CLAQUE",
        "fr | Un panneau OUVERT pend à la vitrine. | ",
        "de | Ein SCHUSS hallt über den Hof. | SCHUSS",
        "es | Se oye un PORTAZO en el pasillo. | PORTAZO",
    })
    void onlyCapitalisedSoundsAreSounds(String language, String action, String sounds) {
        String heading = switch (language) {
            case "fr" -> "INT. CUISINE - NUIT";
            case "de" -> "INT. KÜCHE - NACHT";
            case "es" -> "INT. COCINA - NOCHE";
            default -> "INT. DOCKYARD - NIGHT";
        };
        ClapProject p = CONVERTER.convert(ScreenplayParser.builder().language(language).build()
                .parse(ScriptText.of(heading + "\n\n" + action + "\n")));
        List<String> expected = sounds == null ? List.of() : List.of(sounds.split(";"));
        assertThat(on(p, "SOUND")).extracting(ClapSegment::label).containsExactlyElementsOf(expected);
    }

    @Test
    void aSoundInAShortSentenceQuotesTheWholeSentence() {
        ClapProject p = convertText("INT. WORKSHOP - NIGHT\n\nA door SLAMS upstairs.\n");
        assertThat(p.segments()).filteredOn(s -> s.category().equals("SOUND")).extracting(ClapSegment::prompt)
                .containsExactly("slams (A door SLAMS upstairs.)");
    }

    /** Found by the fuzzer: every name in a paragraph copied the rest of it, and looked for a ")" to its end. */
    @Test
    void anIntroductionsAppearanceStopsWithinAThousandCharactersOfTheName() {
        String longDescription = "with a coat of many colours".repeat(400);
        ClapProject p = convertText("INT. WORKSHOP - NIGHT\n\nAMY (35), " + longDescription + ".\n\n"
                + "                    AMY\n          Hello.\n");
        assertThat(entity(p, "AMY").description()).startsWith("AMY (35), with a coat of many colours");
        assertThat(entity(p, "AMY").appearance()).startsWith("with a coat of many colours").hasSizeLessThanOrEqualTo(1000);
    }

    /**
     * Found by the fuzzer (text:1:24196): a heading of megabytes was copied into every prompt of its scene, and
     * gigabytes of memory would not hold them. The place, time and cast every prompt repeats are clipped.
     */
    @Test
    void aHeadingOfMegabytesIsClippedInThePromptsItsSceneRepeats() {
        String place = "HOUSE ".repeat(200_000).strip();
        ClapProject p = convertText("INT. " + place + " - DAY\n\nAmy waits by the door. She sits.\n\n"
                + "                    AMY\n          Hello.\n\n                    BOB\n          Hi.\n");
        assertThat(p.scenes()).hasSize(1);
        assertThat(p.scenes().get(0).scene()).isEqualTo(place);
        assertThat(p.segments()).hasSizeGreaterThan(8).allSatisfy(s -> {
            assertThat(s.prompt()).hasSizeLessThan(400);
            assertThat(s.label()).hasSizeLessThanOrEqualTo(80);
        });
        assertThat(on(p, "LOCATION").get(0).prompt()).startsWith("interior, HOUSE HOUSE").endsWith("…");
    }

    /** Found by the fuzzer (text:1:1146): each of a hundred thousand capitalised words kept what followed it. */
    @Test
    void aParagraphOfAHundredThousandCapitalisedNamesStillFindsTheOneIntroduced() {
        String crowd = "BOB - tall and grey. ".repeat(100_000);
        ClapProject p = convertText("INT. HALL - DAY\n\n" + crowd + "\n\n                    BOB\n          Hello.\n");
        assertThat(entity(p, "BOB").appearance()).isEqualTo("tall and grey");
    }

    private static List<ClapSegment> on(ClapProject p, String category) {
        return p.segments().stream().filter(s -> s.category().equals(category)).toList();
    }

    @Test
    void aParagraphOfActionIsOneShotAndALongOneIsCutAtSentences() {
        String script = """
                INT. KITCHEN - NIGHT

                Amy opens the fridge. She takes out the milk. She sniffs it.

                The kettle whistles on the stove, louder and louder, until the whole room rattles with it. Steam
                fogs the window above the sink and runs down the glass in long streaks. Outside, a dog barks twice
                and then falls silent. The clock on the wall ticks past midnight. Somewhere upstairs a door slams
                shut and the house shakes. A photograph falls from the shelf and its glass cracks across the faces.
                """;
        ClapProject p = CONVERTER.convert(PARSER.parse(script));
        List<ClapSegment> actions = on(p, "ACTION");
        assertThat(actions.get(0).prompt()).isEqualTo("Amy opens the fridge. She takes out the milk. She sniffs it.");
        assertThat(actions.get(0).startTimeInLines()).isEqualTo(3);
        List<ClapSegment> longParagraph = actions.subList(1, actions.size());
        assertThat(longParagraph).as("a long paragraph is several shots").hasSizeGreaterThan(1);
        assertThat(longParagraph).allSatisfy(a -> assertThat(a.endTimeInMs() - a.startTimeInMs()).isGreaterThanOrEqualTo(3000));
        assertThat(String.join(" ", longParagraph.stream().map(ClapSegment::prompt).toList()))
                .as("cut at sentence boundaries, nothing lost").startsWith("The kettle whistles").endsWith("across the faces.")
                .contains("falls silent. The clock");
        List<ClapSegment> videos = on(p, "VIDEO");
        assertThat(videos).hasSize(1 + actions.size());
        assertThat(videos.get(1).prompt()).contains("Amy opens the fridge. She takes out the milk. She sniffs it.")
                .contains("KITCHEN").contains("NIGHT");
    }
}
