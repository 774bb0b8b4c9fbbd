package dev.slate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code bin/slate} counts a {@code convert}'s inputs to choose between a quick start (one script) and a
 * batch (a directory or several inputs), skipping the value of every option that takes one. Its list of
 * those options is kept by hand: an option added to {@code convert} and not to the list would make its
 * value count as a second input, and a one-script conversion would start as a slower batch.
 */
class LauncherOptionsTest {
    private static final Pattern SKIPPED = Pattern.compile("case \\$a in\\s+((?:[-\\w|\\\\\\s])+?)\\)\\s*skip=1");

    @Test
    void theLauncherSkipsTheValueOfEveryConvertOptionThatTakesOne() throws IOException {
        String script = Files.readString(Path.of("bin/slate"));
        Matcher m = SKIPPED.matcher(script);
        assertThat(m.find()).as("the launcher's list of options that take a value").isTrue();
        Set<String> listed = new TreeSet<>();
        for (String name : m.group(1).split("[|\\\\\\s]+")) {
            if (!name.isEmpty()) {
                listed.add(name);
            }
        }

        CommandLine cl = Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        Set<String> takingValues = new TreeSet<>();
        for (OptionSpec option : cl.getSubcommands().get("convert").getCommandSpec().options()) {
            if (option.arity().max() > 0) {
                takingValues.addAll(Set.of(option.names()));
            }
        }

        assertThat(takingValues).as("convert's options that take a value").contains("-o", "--output", "--words-per-minute");
        assertThat(listed).isEqualTo(takingValues);
    }
}
