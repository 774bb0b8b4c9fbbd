package dev.slate.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** XML that attacks its parser: entity expansion, external entities and DTDs, odd prologs, unclosed elements. */
final class XmlBombs {
    private XmlBombs() {
    }

    static byte[] any(Random r, byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        int root = Math.max(0, text.indexOf("<FinalDraft"));
        String head = switch (r.nextInt(8)) {
            case 0 -> laughs(2 + r.nextInt(9), 2 + r.nextInt(10));
            case 1 -> "<!DOCTYPE FinalDraft [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n";
            case 2 -> "<!DOCTYPE FinalDraft SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n";
            case 3 -> "<!DOCTYPE FinalDraft [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p.dtd\"> %p;]>\n";
            case 4 -> "<!DOCTYPE FinalDraft [<!ENTITY big \"" + "A".repeat(1 + r.nextInt(100_000)) + "\">]>\n";
            case 5 -> "<?xml-stylesheet href=\"http://127.0.0.1:9/x.xsl\"?>\n<!-- " + "-".repeat(r.nextInt(100)) + " -->\n";
            case 6 -> "<!DOCTYPE FinalDraft [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]>\n";
            default -> "<![CDATA[" + "]]".repeat(r.nextInt(100)) + "\n";
        };
        String body = text.substring(root);
        String entityUse = switch (r.nextInt(4)) {
            case 0 -> "&l9;&xxe;&big;&a;";
            case 1 -> "&#0;&#xFFFE;&#x110000;&#55296;";
            case 2 -> "&undefined;&amp&lt;";
            default -> "]]>";
        };
        int at = body.indexOf("<Text>");
        if (at >= 0 && r.nextBoolean()) {
            body = body.substring(0, at + 6) + entityUse + body.substring(at + 6);
        } else {
            body = body + entityUse;
        }
        String prolog = text.substring(0, root);
        return (prolog + head + body).getBytes(StandardCharsets.UTF_8);
    }

    static String laughs(int levels, int width) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE FinalDraft [\n<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i <= levels; i++) {
            sb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(width)).append("\">\n");
        }
        return sb.append("]>\n").toString();
    }
}
