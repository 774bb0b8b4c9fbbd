package dev.slate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.Slate;
import dev.slate.clap.ClapEntity;
import dev.slate.clap.ClapProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The characters of every corpus script, converted from each of its formats, against the team's own account
 * of them ({@code corpus/people.tsv}): every age as the introduction gives it, and a gender only where the
 * script tells it, never another one and never one it does not tell ("nothing invented"). How many of the
 * genders the scripts tell are found is held at its floor, so that a change that finds fewer fails.
 */
class CorpusPeopleTest {
    /** Genders found, of the 75 the scripts tell, when this test was written; raise it when more are found. */
    private static final int GENDERS_FOUND_AT_LEAST = 61;

    private record Person(String script, String name, String gender, int age) {
    }

    private static final List<Person> GOLD = new ArrayList<>();
    /** By format, then script: the characters converted, by trigger name. */
    private static final Map<String, Map<String, Map<String, ClapEntity>>> CONVERTED = new HashMap<>();
    private static final Slate SLATE = Slate.create();

    @BeforeAll
    static void readTheAccount() throws IOException {
        for (String line : Files.readAllLines(Path.of("corpus", "people.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            GOLD.add(new Person(f[0], f[1], f[2], Integer.parseInt(f[3])));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "fountain", "fdx"})
    void everySpeakerIsACharacterAndNoOtherIs(String format) {
        for (Map.Entry<String, Map<String, ClapEntity>> script : converted(format).entrySet()) {
            List<String> gold = GOLD.stream().filter(p -> p.script.equals(script.getKey())).map(Person::name).toList();
            assertThat(script.getValue().keySet()).as(script.getKey()).containsExactlyInAnyOrderElementsOf(gold);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "fountain", "fdx"})
    void everyAgeIsTheOneTheIntroductionGives(String format) {
        for (Person p : GOLD) {
            assertThat(entity(format, p).age()).as("%s.%s: %s", p.script, format, p.name).isEqualTo(p.age);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "fountain", "fdx"})
    void aGenderIsOnlyEverTheOneTheScriptTells(String format) {
        int told = 0;
        int found = 0;
        for (Person p : GOLD) {
            String given = entity(format, p).gender();
            if (!p.gender.equals("?")) {
                told++;
            }
            if (given.isEmpty()) {
                continue;
            }
            assertThat(given).as("%s.%s: %s is %s", p.script, format, p.name, p.gender).isEqualTo(p.gender);
            found++;
        }
        assertThat(told).isEqualTo(75);
        assertThat(found).as("genders found of the %d the scripts tell", told).isGreaterThanOrEqualTo(GENDERS_FOUND_AT_LEAST);
    }

    private static ClapEntity entity(String format, Person p) {
        ClapEntity e = converted(format).get(p.script).get(p.name);
        assertThat(e).as("%s.%s: %s", p.script, format, p.name).isNotNull();
        return e;
    }

    private static synchronized Map<String, Map<String, ClapEntity>> converted(String format) {
        return CONVERTED.computeIfAbsent(format, f -> {
            Map<String, Map<String, ClapEntity>> scripts = new LinkedHashMap<>();
            for (Person p : GOLD) {
                scripts.computeIfAbsent(p.script, s -> characters(Path.of("corpus", s, s + "." + f)));
            }
            return scripts;
        });
    }

    private static Map<String, ClapEntity> characters(Path script) {
        try {
            ClapProject project = SLATE.convert(script);
            Map<String, ClapEntity> characters = new LinkedHashMap<>();
            for (ClapEntity e : project.entities()) {
                if (e.category().equals("CHARACTER")) {
                    characters.put(e.triggerName(), e);
                }
            }
            return characters;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
