package dev.slate.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One way to spoil an input. Each is deterministic for a given {@link Random}, so an input is replayed from
 * its seed alone. Some apply to every reader (bytes are bytes); some only to the syntax of one
 * ({@link InputKind}): YAML aliases for {@code .clap}, entity expansion for XML.
 */
enum Mutation {
    /** A few bits flipped anywhere. */
    BIT_FLIPS(EnumSet.allOf(InputKind.class), 100) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            if (in.length == 0) {
                return new byte[] {(byte) r.nextInt(256)};
            }
            byte[] out = in.clone();
            for (int i = 1 + r.nextInt(16); i > 0; i--) {
                out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
            }
            return out;
        }
    },
    /** Bytes inserted, deleted or overwritten, with a bias to the bytes that mean something to a reader. */
    BYTE_EDITS(EnumSet.allOf(InputKind.class), 100) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            Bytes b = new Bytes(in);
            for (int i = 1 + r.nextInt(24); i > 0; i--) {
                int at = r.nextInt(b.length() + 1);
                byte v = r.nextInt(3) == 0 ? (byte) r.nextInt(256) : SPECIAL[r.nextInt(SPECIAL.length)];
                switch (r.nextInt(3)) {
                    case 0 -> b.insert(at, new byte[] {v});
                    case 1 -> b.delete(at, 1 + r.nextInt(8));
                    default -> b.set(at, v);
                }
            }
            return b.toArray();
        }
    },
    /** Cut at a random point: the end, the start, or a hole in the middle. */
    TRUNCATION(EnumSet.allOf(InputKind.class), 80) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            if (in.length < 2) {
                return new byte[0];
            }
            int a = r.nextInt(in.length);
            return switch (r.nextInt(3)) {
                case 0 -> Arrays.copyOf(in, a);
                case 1 -> Arrays.copyOfRange(in, a, in.length);
                default -> {
                    Bytes b = new Bytes(in);
                    b.delete(a, 1 + r.nextInt(in.length - a));
                    yield b.toArray();
                }
            };
        }
    },
    /** A block repeated many times in place: a scene, a line, a few bytes, up to a few megabytes in all. */
    REPEATED_BLOCKS(EnumSet.allOf(InputKind.class), 70) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            if (in.length == 0) {
                return in;
            }
            int a = r.nextInt(in.length);
            int len = 1 + r.nextInt(Math.min(in.length - a, r.nextBoolean() ? 64 : 4096));
            int budget = r.nextInt(20) == 0 ? ctx.maxGrowth() : 64 << 10; // megabytes, now and then
            int times = 2 + r.nextInt(Math.max(1, Math.min(budget / len, r.nextBoolean() ? 50 : 5000)));
            byte[] block = Arrays.copyOfRange(in, a, a + len);
            Bytes b = new Bytes(in);
            b.insert(a, repeat(block, times));
            return b.toArray();
        }
    },
    /** The start of one input joined to the end of another (or the same one, elsewhere). */
    SPLICE(EnumSet.allOf(InputKind.class), 60) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            byte[] other = ctx.anotherSeed(r);
            int a = in.length == 0 ? 0 : r.nextInt(in.length + 1);
            int b = other.length == 0 ? 0 : r.nextInt(other.length + 1);
            byte[] out = Arrays.copyOf(in, a + other.length - b);
            System.arraycopy(other, b, out, a, other.length - b);
            return out;
        }
    },
    /** Nothing of the input: random bytes, random printable text, or nothing at all. */
    RANDOM_BYTES(EnumSet.allOf(InputKind.class), 50) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            int n = r.nextInt(10) == 0 ? 0 : r.nextInt(r.nextBoolean() ? 64 : 8192);
            byte[] out = new byte[n];
            if (r.nextBoolean()) {
                r.nextBytes(out);
            } else {
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) (r.nextInt(8) == 0 ? '\n' : 32 + r.nextInt(95));
                }
            }
            if (n > 8 && r.nextInt(4) == 0) { // keep a signature, so that the reader gets past its first check
                byte[] head = ctx.kind().signature();
                System.arraycopy(head, 0, out, 0, Math.min(head.length, n));
            }
            return out;
        }
    },
    /** One line of up to a few megabytes, with no line break: letters, spaces, capitals, punctuation. */
    HUGE_LINE(EnumSet.allOf(InputKind.class), 3) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            int n = ctx.hugeLine() / 4 + r.nextInt(ctx.hugeLine());
            byte[] unit = switch (r.nextInt(6)) {
                case 0 -> "x".getBytes(StandardCharsets.US_ASCII);
                case 1 -> "word ".getBytes(StandardCharsets.US_ASCII);
                case 2 -> "INT. HOUSE - DAY ".getBytes(StandardCharsets.US_ASCII);
                case 3 -> "JOHN: (beat) ".getBytes(StandardCharsets.US_ASCII);
                // characters that take two in the other case (a ligature, a dotted I): costly for the JDK in bulk
                case 4 -> "\uFB01\u0130\u0149".getBytes(StandardCharsets.UTF_8);
                default -> "\u00e9\u00df\u4e2d ".getBytes(StandardCharsets.UTF_8);
            };
            byte[] line = Arrays.copyOf(repeat(unit, n / unit.length + 1), n);
            Bytes b = new Bytes(in);
            b.insert(r.nextInt(in.length + 1), line);
            return b.toArray();
        }
    },
    /** Invalid UTF-8 (stray continuation bytes, overlong forms, encoded surrogates, cut sequences) or UTF-16. */
    INVALID_ENCODING(EnumSet.allOf(InputKind.class), 60) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            if (r.nextInt(3) == 0) {
                return asUtf16(r, in);
            }
            Bytes b = new Bytes(in);
            for (int i = 1 + r.nextInt(8); i > 0; i--) {
                b.insert(r.nextInt(b.length() + 1), BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
            }
            if (r.nextInt(4) == 0) {
                b.insert(b.length(), new byte[] {(byte) 0xE2, (byte) 0x82}); // a sequence cut by the end
            }
            return b.toArray();
        }
    },
    /** Byte order marks: several, contradictory, in the middle, UTF-32 ones, one that lies about the text. */
    BOM_GAMES(EnumSet.allOf(InputKind.class), 40) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            Bytes b = new Bytes(in);
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                byte[] bom = BOMS[r.nextInt(BOMS.length)];
                b.insert(r.nextInt(3) == 0 ? r.nextInt(b.length() + 1) : 0, bom);
            }
            return b.toArray();
        }
    },
    /** NULs, control characters, form feeds, lone carriage returns, Unicode line and paragraph separators. */
    CONTROL_CHARACTERS(EnumSet.allOf(InputKind.class), 60) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            int n = r.nextInt(5) == 0 ? 1 + r.nextInt(Math.max(1, in.length / 4 + 1)) : 1 + r.nextInt(12);
            int[] at = new int[n];
            for (int i = 0; i < n; i++) {
                at[i] = r.nextInt(in.length + 1);
            }
            Arrays.sort(at); // one pass over the input, however many are inserted
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 3 * n);
            int done = 0;
            for (int i = 0; i < n; i++) {
                out.write(in, done, at[i] - done);
                out.writeBytes(CONTROLS[r.nextInt(CONTROLS.length)]);
                done = at[i];
            }
            out.write(in, done, in.length - done);
            return out.toByteArray();
        }
    },
    /** Every line ending changed: to CR, to CRLF, to Unicode separators, or removed. */
    LINE_ENDINGS(EnumSet.allOf(InputKind.class), 30) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            byte[][] to = {{'\r'}, {'\r', '\n'}, {}, {(byte) 0xE2, (byte) 0x80, (byte) 0xA8}, {(byte) 0xC2, (byte) 0x85},
                {'\n', '\n', '\n'}, {'\f'}};
            byte[] with = to[r.nextInt(to.length)];
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + in.length / 8);
            for (byte c : in) {
                if (c == '\n') {
                    out.writeBytes(with);
                } else {
                    out.write(c);
                }
            }
            return out.toByteArray();
        }
    },
    /** Structure nested far deeper than any real input: brackets, indentation, parentheses, elements. */
    DEEP_NESTING(EnumSet.allOf(InputKind.class), 30) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            int depth = 10 + r.nextInt(r.nextInt(4) != 0 ? 200 : 50_000);
            byte[] nest = ctx.kind().nesting(r, depth);
            Bytes b = new Bytes(in);
            b.insert(r.nextBoolean() ? 0 : r.nextInt(in.length + 1), nest);
            return b.toArray();
        }
    },
    /** Thousands of lines of one screenplay element: scene headings, cues, parentheticals, transitions, page numbers. */
    SCRIPT_SHAPES(EnumSet.of(InputKind.TEXT, InputKind.HTML), 40) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            String[] shapes = {"INT. ROOM %d - DAY\n\n", "JOHN\n", "                    MARY %d\n", "(beat)\n",
                "CUT TO:\n\n", "                                                   %d.\n", "Title: T%d\n",
                "\n", "        (CONT'D)\n", "EXT. A/B/C/D - NIGHT - LATER - CONTINUOUS %d\n", "%d\n", "\t\t\tX%d\n",
                "FADE OUT.\n", "THE END\n", "SUPER: %d\n", "--\n", "* * *\n", "INSERT - NOTE %d\n"};
            String shape = shapes[r.nextInt(shapes.length)];
            int times = 1 + r.nextInt(r.nextInt(10) != 0 ? 100 : 20_000);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < times && sb.length() < ctx.maxGrowth(); i++) {
                sb.append(shape.contains("%d") ? String.format(shape, r.nextBoolean() ? i : r.nextInt(1000)) : shape);
            }
            Bytes b = new Bytes(in);
            b.insert(r.nextInt(in.length + 1), sb.toString().getBytes(StandardCharsets.UTF_8));
            return b.toArray();
        }
    },
    /**
     * Runs of thousands of spaces or tabs inside lines (a damaged file, a PDF's text laid out wide), put where a
     * space already was, so that headings, scene numbers and page numbers keep their shape: a pattern that
     * backtracks through a run of spaces from each of its positions costs the square of its length.
     */
    WIDE_GAPS(EnumSet.of(InputKind.TEXT, InputKind.HTML), 30) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            Bytes b = new Bytes(in);
            for (int i = 1 + r.nextInt(4); i > 0; i--) {
                int at = r.nextInt(b.length() + 1);
                while (at < b.length() && b.get(at) != ' ' && b.get(at) != '\n') {
                    at++;
                }
                byte[] unit = {(byte) (r.nextInt(4) == 0 ? '\t' : ' ')};
                b.insert(at, repeat(unit, 1_000 + r.nextInt(Math.max(1, Math.min(40_000, ctx.maxGrowth())))));
            }
            return b.toArray();
        }
    },
    /** YAML's billion laughs, alias cycles, merge keys, anchors on keys, tags. */
    YAML_ALIAS_BOMB(EnumSet.of(InputKind.CLAP), 30) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            String bomb = YamlBombs.any(r);
            Bytes b = new Bytes(in);
            int at = r.nextBoolean() ? 0 : lineStart(in, r.nextInt(in.length + 1));
            b.insert(at, bomb.getBytes(StandardCharsets.UTF_8));
            return b.toArray();
        }
    },
    /** A gzip bomb (megabytes of zeros or of YAML in a few kilobytes), nested gzip, concatenated members. */
    GZIP_BOMB(EnumSet.of(InputKind.CLAP), 10) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            return GzipBombs.any(r, in);
        }
    },
    /** Billion laughs, external entities (XXE), DTDs, processing instructions, CDATA, unclosed elements. */
    XML_BOMB(EnumSet.of(InputKind.XML), 40) {
        @Override
        byte[] apply(Random r, byte[] in, Inputs ctx) {
            return XmlBombs.any(r, in);
        }
    };

    private static final byte[] SPECIAL = {0, (byte) 0xff, '\n', '\r', '\t', '\f', ' ', ':', '-', '#', '&', '*', '!',
        '<', '>', '"', '\'', '{', '}', '[', ']', '|', '%', '@', '`', '?', ',', '(', ')', '.', '/', '\\', '=', ';',
        (byte) 0xc3, (byte) 0x80, (byte) 0xef, (byte) 0xfe, 0x7f, 0x1b};

    private static final byte[][] BAD_UTF8 = {{(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFE}, {(byte) 0xFF}, {(byte) 0xC3},
        {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

    private static final byte[][] BOMS = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF},
        {(byte) 0xFF, (byte) 0xFE}, {0, 0, (byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0},
        {(byte) 0xEF, (byte) 0xBB}, {(byte) 0x2B, (byte) 0x2F, (byte) 0x76, (byte) 0x38}};

    private static final byte[][] CONTROLS = {{0}, {0, 0}, {1}, {2}, {7}, {8}, {0x0b}, {0x0c}, {0x0c, '\n'}, {'\r'},
        {0x1a}, {0x1b, '[', '3', '1', 'm'}, {0x1f}, {0x7f}, {(byte) 0xC2, (byte) 0x85},
        {(byte) 0xE2, (byte) 0x80, (byte) 0xA8}, {(byte) 0xE2, (byte) 0x80, (byte) 0xA9},
        {(byte) 0xE2, (byte) 0x80, (byte) 0x8B}, {(byte) 0xE2, (byte) 0x80, (byte) 0xAE}, {(byte) 0xC2, (byte) 0xA0},
        {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x8E, (byte) 0xAC}, {'\t'}};

    private final Set<InputKind> kinds;
    private final int weight;

    Mutation(Set<InputKind> kinds, int weight) {
        this.kinds = kinds;
        this.weight = weight;
    }

    abstract byte[] apply(Random r, byte[] in, Inputs ctx);

    boolean appliesTo(InputKind kind) {
        return kinds.contains(kind);
    }

    int weight() {
        return weight;
    }

    /** What a mutation needs beyond its input: the reader's kind, other seeds, size bounds. */
    interface Inputs {
        InputKind kind();

        byte[] anotherSeed(Random r);

        /** Most bytes a mutation adds by repetition. */
        int maxGrowth();

        /** Longest line {@link #HUGE_LINE} writes. */
        int hugeLine();
    }

    static List<Mutation> forKind(InputKind kind) {
        return Arrays.stream(values()).filter(m -> m.appliesTo(kind)).toList();
    }

    static byte[] repeat(byte[] unit, int times) {
        byte[] out = new byte[unit.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(unit, 0, out, i * unit.length, unit.length);
        }
        return out;
    }

    static int lineStart(byte[] in, int at) {
        int i = Math.min(at, in.length);
        while (i > 0 && in[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    /** The text as UTF-16, with or without a byte order mark, sometimes with a lone surrogate or an odd byte. */
    private static byte[] asUtf16(Random r, byte[] in) {
        String s = new String(in, StandardCharsets.UTF_8);
        if (r.nextBoolean()) {
            int at = r.nextInt(s.length() + 1);
            s = s.substring(0, at) + (r.nextBoolean() ? '\uD800' : '\uDC00') + s.substring(at);
        }
        boolean le = r.nextBoolean();
        byte[] body = encodeUtf16(s, le);
        byte[] bom = switch (r.nextInt(3)) {
            case 0 -> new byte[0];
            case 1 -> le ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            default -> le ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE}; // lies
        };
        Bytes b = new Bytes(bom);
        b.insert(b.length(), body);
        if (r.nextInt(3) == 0 && b.length() > 0) {
            b.delete(r.nextInt(b.length()), 1); // odd length, every later unit shifted
        }
        return b.toArray();
    }

    /** Java's encoder would replace a lone surrogate; write the code units as they are. */
    private static byte[] encodeUtf16(String s, boolean littleEndian) {
        byte[] out = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out[2 * i + (littleEndian ? 0 : 1)] = (byte) c;
            out[2 * i + (littleEndian ? 1 : 0)] = (byte) (c >> 8);
        }
        return out;
    }
}
