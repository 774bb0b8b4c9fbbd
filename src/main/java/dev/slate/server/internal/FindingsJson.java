package dev.slate.server.internal;

import dev.slate.clap.ClapFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A validation as JSON: what {@code slate validate} prints, one object per finding and the verdict. */
public final class FindingsJson {
    private FindingsJson() {
    }

    public static Map<String, Object> of(String source, List<ClapFinding> findings) {
        int errors = 0;
        List<Object> list = new ArrayList<>(findings.size());
        for (ClapFinding f : findings) {
            if (f.severity() == ClapFinding.Severity.ERROR) {
                errors++;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            m.put("item", f.item());
            m.put("field", f.field());
            m.put("message", f.message());
            list.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", source);
        out.put("valid", errors == 0);
        out.put("errors", errors);
        out.put("warnings", findings.size() - errors);
        out.put("findings", list);
        return out;
    }
}
