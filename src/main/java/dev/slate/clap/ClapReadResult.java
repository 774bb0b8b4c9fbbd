package dev.slate.clap;

import java.util.List;

/**
 * A project as read, with what the reader noticed on the way: header counts that disagree with the
 * content, old field names upgraded, values of the wrong type kept aside. The project is always usable.
 */
public record ClapReadResult(ClapProject project, List<ClapFinding> findings) {
    public ClapReadResult {
        findings = List.copyOf(findings);
    }
}
