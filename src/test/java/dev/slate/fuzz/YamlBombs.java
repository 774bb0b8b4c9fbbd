package dev.slate.fuzz;

import java.util.Random;

/** YAML that costs a reader more than its size: alias expansion, cycles, merge keys, unusual tags. */
final class YamlBombs {
    private YamlBombs() {
    }

    static String any(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> laughs(2 + r.nextInt(9), 2 + r.nextInt(10), r.nextBoolean());
            case 1 -> "a: &a [x, *a]\n";
            case 2 -> "base: &b {x: 1, y: 2}\nchild:\n  <<: *b\n  <<: [*b, *b]\n";
            case 3 -> "? &k [a, b]\n: v\n*k : w\n";
            case 4 -> TAGS[r.nextInt(TAGS.length)];
            case 5 -> manyAnchors(1 + r.nextInt(20_000));
            default -> "- &x " + "a".repeat(1 + r.nextInt(1000)) + "\n" + "- *x\n".repeat(1 + r.nextInt(5000));
        };
    }

    /** The billion laughs: each level a list of {@code width} aliases to the level below. */
    static String laughs(int levels, int width, boolean flow) {
        StringBuilder sb = new StringBuilder("l0: &l0 [\"lol\"]\n");
        for (int i = 1; i <= levels; i++) {
            sb.append('l').append(i).append(": &l").append(i).append(' ');
            if (flow) {
                sb.append('[');
                for (int j = 0; j < width; j++) {
                    sb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
                }
                sb.append("]\n");
            } else {
                sb.append('\n');
                for (int j = 0; j < width; j++) {
                    sb.append("  - *l").append(i - 1).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String manyAnchors(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("- &a").append(i).append(" v\n- *a").append(i).append('\n');
        }
        return sb.toString();
    }

    private static final String[] TAGS = {
        "x: !!python/object/apply:os.system [\"echo hi\"]\n",
        "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n",
        "%TAG ! tag:example.com,2000:\n--- !shape\n- !circle {x: 1}\n",
        "x: !!binary R0lGODlhDAAMAIQAAP//9/X17unp5WZmZgAAAOfn515eXvPz7Y6OjuDg4J+fn5\n",
        "x: !!timestamp 2001-12-14t21:59:43.10-05:00\ny: !!float .nan\nz: !!int 0x7fffffffffffffffff\n",
        "%YAML 1.3\n---\na: b\n",
        "--- !<tag:yaml.org,2002:map>\n? !!null\n: !!str\n",
        "a: 1e999999\nb: -.inf\nc: 99999999999999999999999999999\nd: 0o777777777777777777\n",
    };
}
