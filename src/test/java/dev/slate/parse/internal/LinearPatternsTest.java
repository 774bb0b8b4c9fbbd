package dev.slate.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page-artefact and heading patterns were rewritten to run in time proportional to a line (runs of
 * spaces taken whole, free text ending on a non-space): on seeded short lines made of the characters they
 * care about, each still finds what its plain form finds, with the same groups.
 */
class LinearPatternsTest {
    private static final Pattern PLAIN_REVISION = Pattern.compile("^(.*?\\S)\\s{2,}\\*+$|^\\*+\\s*$");
    private static final Pattern PLAIN_SCENE_NUMBERED = Pattern.compile(
            "^([A-Z]?\\d{1,4}[A-Z]{0,2})\\.?\\s+(\\S.*?)(?:\\s{2,}([A-Z]?\\d{1,4}[A-Z]{0,2})\\.?)?$");
    private static final Pattern PLAIN_SCENE_NUMBER_AFTER = Pattern.compile("^(\\S.*?\\S)\\s{2,}([A-Z]?\\d{1,4}[A-Z]{0,2})\\.?$");
    private static final Pattern PLAIN_HEADER_THEN_NUMBER = Pattern.compile("^(\\S.*?)\\s{2,}(\\d{1,4})[A-Z]?\\.?$");
    private static final Pattern PLAIN_PART_SEPARATOR = Pattern.compile("\\s+[-–—]+\\s+|\\s+--\\s+");
    // the linear forms, which NumberedLines now reads by hand (runs of spaces taken whole, free text ending on a
    // non-space): a damaged line of 80,000 characters took minutes with the plain forms
    static final Pattern REVISION = Pattern.compile("^(.*?\\S)\\s{2,}+\\*+$|^\\*+\\s*$");
    static final Pattern SCENE_NUMBERED = Pattern.compile(
            "^([A-Z]?\\d{1,4}[A-Z]{0,2})\\.?\\s++(\\S(?:.*?\\S)??)(?:\\s{2,}+([A-Z]?\\d{1,4}[A-Z]{0,2})\\.?|\\s*+)$");
    static final Pattern SCENE_NUMBER_AFTER = Pattern.compile("^(\\S.*?\\S)\\s{2,}+([A-Z]?\\d{1,4}[A-Z]{0,2})\\.?$");

    /** What lines of a script are made of, around these patterns: spaces most of all. */
    private static final char[] ALPHABET = "      \t\t12345AIBxZ*.-–—!(".toCharArray();

    static Stream<Integer> seeds() {
        return IntStream.range(0, 40).boxed();
    }

    private static List<String> lines(int seed) {
        return lines(seed, ALPHABET);
    }

    private static List<String> lines(int seed, char[] alphabet) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            char[] c = new char[random.nextInt(22)];
            for (int k = 0; k < c.length; k++) {
                c[k] = alphabet[random.nextInt(alphabet.length)];
            }
            // most lines that matter start with a scene number or end with one
            String line = new String(c);
            lines.add(switch (random.nextInt(5)) {
                case 0 -> random.nextInt(99) + (random.nextBoolean() ? "A" : "") + ". " + line;
                case 1 -> line + "  " + random.nextInt(99) + (random.nextBoolean() ? "." : "");
                case 2 -> line + "  " + (random.nextBoolean() ? "A" : "") + random.nextInt(9999) + "AB".substring(random.nextInt(3))
                        + (random.nextBoolean() ? "." : "");
                case 3 -> line + "  *";
                default -> line;
            });
        }
        return lines;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theLinearPatternsMatchWhatThePlainOnesMatch(int seed) {
        for (String line : lines(seed)) {
            sameMatch(PLAIN_REVISION, REVISION, line, false);
            sameMatch(PLAIN_SCENE_NUMBERED, SCENE_NUMBERED, line, true);
            sameMatch(PLAIN_SCENE_NUMBER_AFTER, SCENE_NUMBER_AFTER, line, false);
            if (PLAIN_SCENE_NUMBER_AFTER.matcher(line).matches()) {
                // the quick test that lets prose go without the pattern never lets a scene number go
                assertThat(PageArtifacts.endsInSceneNumber(line)).as("ends in a scene number: [%s]", line).isTrue();
            }
            sameMatch(PLAIN_HEADER_THEN_NUMBER, PageArtifacts.HEADER_THEN_NUMBER, line, false);
            assertThat(SceneHeadingRule.PART_SEPARATOR.split(line)).as("parts of [%s]", line)
                    .containsExactly(PLAIN_PART_SEPARATOR.split(line));
            // the headings' parts are split by hand, at the separators the pattern finds
            assertThat(separatorsByHand(line)).as("separators of [%s]", line).isEqualTo(separatorsByPattern(line));
        }
    }

    private static List<String> separatorsByPattern(String line) {
        List<String> found = new ArrayList<>();
        Matcher m = SceneHeadingRule.PART_SEPARATOR.matcher(line);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> separatorsByHand(String line) {
        List<String> found = new ArrayList<>();
        for (int at = 0; at < line.length();) {
            int end = SceneHeadingRule.separatorAt(line, at);
            if (end < 0) {
                at++;
            } else {
                found.add(at + "-" + end);
                at = end;
            }
        }
        return found;
    }

    /** The same lines, with line breaks of every kind and spaces that are not {@code \\s} among their characters. */
    private static final char[] WITH_BREAKS = (new String(ALPHABET) + "\n\r\u0085\u2028\u2029\u000B\f\u00A0").toCharArray();

    @ParameterizedTest
    @MethodSource("seeds")
    void numberedLinesAreReadByHandAsTheLinearPatternsReadThem(int seed) {
        for (char[] alphabet : List.of(ALPHABET, WITH_BREAKS)) {
            for (String line : lines(seed, alphabet)) {
                Matcher m = SCENE_NUMBERED.matcher(line);
                NumberedLines.Numbered heading = NumberedLines.numberedHeading(line);
                assertThat(heading == null ? null : List.of(heading.number(), heading.text(), String.valueOf(heading.closing())))
                        .as("numbered heading [%s]", line)
                        .isEqualTo(m.matches() ? List.of(m.group(1), m.group(2), String.valueOf(m.group(3))) : null);
                m = SCENE_NUMBER_AFTER.matcher(line);
                NumberedLines.Numbered after = NumberedLines.numberAfter(line);
                assertThat(after == null ? null : List.of(after.text(), after.number())).as("number after [%s]", line)
                        .isEqualTo(m.matches() ? List.of(m.group(1), m.group(2)) : null);
                m = REVISION.matcher(line);
                String revised = NumberedLines.revised(line);
                assertThat(revised == null ? null : revised == NumberedLines.MARKS_ONLY ? "(marks only)" : revised)
                        .as("revised [%s]", line)
                        .isEqualTo(m.matches() ? m.group(1) == null ? "(marks only)" : m.group(1) : null);
            }
        }
    }

    /** The scene-numbered heading's text is used stripped: the plain form kept the spaces that ended a line. */
    private static void sameMatch(Pattern plain, Pattern linear, String line, boolean textStripped) {
        Matcher p = plain.matcher(line);
        Matcher l = linear.matcher(line);
        boolean matches = p.matches();
        assertThat(l.matches()).as("%s on [%s]", linear, line).isEqualTo(matches);
        if (!matches) {
            return;
        }
        for (int g = 1; g <= p.groupCount(); g++) {
            String expected = p.group(g);
            String actual = l.group(g);
            if (textStripped && g == 2) {
                expected = expected.strip();
                actual = actual.strip();
            }
            assertThat(actual).as("group %d of %s on [%s]", g, linear, line).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theGeneratedLinesReachEveryPatternsMatches(int seed) {
        // a check of the check: each pattern matches some of the lines, so the comparison above compares groups
        List<String> lines = lines(seed);
        for (Pattern p : Arrays.asList(PLAIN_REVISION, PLAIN_SCENE_NUMBERED, PLAIN_SCENE_NUMBER_AFTER, PLAIN_HEADER_THEN_NUMBER)) {
            assertThat(lines.stream().filter(s -> p.matcher(s).matches()).count()).as("%s", p).isGreaterThan(20);
        }
        assertThat(lines.stream().filter(s -> PLAIN_PART_SEPARATOR.split(s).length > 1).count()).isGreaterThan(20);
    }
}
