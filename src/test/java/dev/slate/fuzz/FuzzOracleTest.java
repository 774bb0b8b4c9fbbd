package dev.slate.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.Slate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzzer fails a reader that crashes, hangs or refuses badly, and replays an input from its seed alone. */
class FuzzOracleTest {
    private static final Seeds SEEDS = new Seeds(List.of("scene.txt"),
            List.of("INT. KITCHEN - DAY\n\nAmy stirs a pot.\n\n          AMY\n     Dinner.\n".getBytes(StandardCharsets.UTF_8)));

    private static Fuzzer fuzzer(FuzzTarget.Call call) {
        return new Fuzzer(new FuzzTarget("test", InputKind.TEXT, "txt", List.of(), call, Slate.ScriptException.class),
                SEEDS, 500, 1 << 16);
    }

    private static Fuzzer.Report run(FuzzTarget.Call call, int inputs) {
        return fuzzer(call).run(7, 0, inputs);
    }

    @Test
    void aReaderThatReturnsOrRefusesInOneLinePasses() {
        Fuzzer.Report report = run((in, name) -> {
            if (in.length % 2 == 0) {
                throw new Slate.ScriptException(name, "not a script");
            }
        }, 200);
        assertThat(report.details()).isEmpty();
        assertThat(report.inputs).isEqualTo(200);
    }

    @Test
    void anyOtherExceptionFailsWithTheInputToReplay() {
        Fuzzer.Report report = run((in, name) -> {
            throw new IllegalStateException("boom");
        }, 50);
        assertThat(report.failed()).isEqualTo(50);
        assertThat(report.details()).singleElement().asString().contains("escaped as java.lang.IllegalStateException: boom")
                .contains("replay: -Dfuzz.replay=test:7:0");
    }

    @Test
    void aStackOverflowOrOutOfMemoryFails() {
        assertThat(run((in, name) -> {
            throw new StackOverflowError();
        }, 5).details()).singleElement().asString().contains("escaped as java.lang.StackOverflowError");
        assertThat(run((in, name) -> {
            throw new OutOfMemoryError("Java heap space");
        }, 5).details()).singleElement().asString().contains("escaped as java.lang.OutOfMemoryError");
    }

    @Test
    void aRefusalOnTwoLinesOrWithoutTheInputsNameOrHidingACrashFails() {
        Fuzzer f = fuzzer((in, name) -> { });
        assertThat(f.verdict(new Slate.ScriptException("fuzzed.txt", "bad\nline 2"), "fuzzed.txt")).startsWith("refusal spans lines");
        assertThat(f.verdict(new Slate.ScriptException("other.txt", "bad"), "fuzzed.txt")).startsWith("refusal does not name the input");
        assertThat(f.verdict(new Slate.ScriptException("fuzzed.txt", "unreadable (java.lang.NullPointerException)"), "fuzzed.txt"))
                .startsWith("a crash reported as a refusal");
        assertThat(f.verdict(new Slate.ScriptException("fuzzed.txt", "not enough memory to read this file"), "fuzzed.txt"))
                .startsWith("a crash reported as a refusal");
        assertThat(f.verdict(new Slate.ScriptException("fuzzed.txt", "binary data at byte 12, not a plain-text script"), "fuzzed.txt"))
                .isNull();
    }

    @Test
    void aReaderThatPrintsFails() {
        assertThat(run((in, name) -> System.err.println("[Fatal Error] :-1:-1: oops"), 5).details()).singleElement().asString()
                .startsWith("5x wrote to the console: [Fatal Error] :-1:-1: oops");
    }

    @Test
    void aReaderThatNeverAnswersFailsAndTheRunStopsAfterAFewHangs() {
        Fuzzer.Report report = run((in, name) -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        }, 100);
        assertThat(report.details()).singleElement().asString().startsWith("3x no answer within 500 ms");
        assertThat(report.stoppedEarly).isTrue();
    }

    @Test
    void anInputIsTheSameBytesForTheSameSeedAndIndex() {
        Fuzzer f = fuzzer((in, name) -> { });
        for (int i = 0; i < 50; i++) {
            assertThat(f.generate(3, i).bytes()).isEqualTo(f.generate(3, i).bytes());
            assertThat(f.generate(3, i).recipe()).isEqualTo(f.generate(3, i).recipe());
        }
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> new String(f.generate(3, i).bytes(), StandardCharsets.ISO_8859_1))
                .distinct().count();
        assertThat(distinct).isGreaterThan(45);
    }

    @Test
    void everyMutationChangesTheSeedSomeOfTheTime() {
        Mutation.Inputs ctx = new Mutation.Inputs() {
            @Override
            public InputKind kind() {
                return InputKind.TEXT;
            }

            @Override
            public byte[] anotherSeed(java.util.Random r) {
                return "EXT. ROAD - NIGHT\n".getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public int maxGrowth() {
                return 1 << 16;
            }

            @Override
            public int hugeLine() {
                return 1 << 16;
            }
        };
        byte[] seed = SEEDS.contents().get(0);
        for (Mutation m : Mutation.values()) {
            InputKind kind = m.appliesTo(InputKind.TEXT) ? InputKind.TEXT : m.appliesTo(InputKind.CLAP) ? InputKind.CLAP : InputKind.XML;
            Mutation.Inputs c = kind == InputKind.TEXT ? ctx : new Mutation.Inputs() {
                @Override
                public InputKind kind() {
                    return kind;
                }

                @Override
                public byte[] anotherSeed(java.util.Random r) {
                    return ctx.anotherSeed(r);
                }

                @Override
                public int maxGrowth() {
                    return ctx.maxGrowth();
                }

                @Override
                public int hugeLine() {
                    return ctx.hugeLine();
                }
            };
            long changed = java.util.stream.IntStream.range(0, 20)
                    .filter(i -> !java.util.Arrays.equals(m.apply(new java.util.Random(i), seed, c), seed)).count();
            assertThat(changed).as(m.name()).isGreaterThan(10);
        }
    }
}
