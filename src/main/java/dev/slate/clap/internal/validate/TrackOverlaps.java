package dev.slate.clap.internal.validate;

import dev.slate.clap.ClapSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Finds segments whose time ranges overlap on the same track, in O(n log n + listed pairs): segments are
 * sorted by track and start, then swept with a heap of the ranges still open. Ranges are half-open, so
 * segments that merely touch ({@code a.end == b.start}) do not overlap, and a zero-length (or reversed,
 * or non-finite) segment overlaps nothing.
 */
public final class TrackOverlaps {

    /** Receives overlapping pairs, each once, at the segment that starts later. */
    public interface Sink {
        void overlap(int laterIndex, int earlierIndex);

        /** Pairs on {@code track} beyond the listing limit: counted, not listed. */
        void unlisted(int track, long pairs);
    }

    private TrackOverlaps() {
    }

    public static void find(List<ClapSegment> segments, int maxListedPerTrack, Sink sink) {
        int n = segments.size();
        int[] track = new int[n];
        double[] start = new double[n];
        double[] end = new double[n];
        Integer[] order = new Integer[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            ClapSegment s = segments.get(i);
            track[i] = s.track();
            start[i] = s.startTimeInMs();
            end[i] = s.endTimeInMs();
            if (Double.isFinite(start[i]) && Double.isFinite(end[i]) && start[i] < end[i]) {
                order[count++] = i;
            }
        }
        Integer[] sorted = Arrays.copyOf(order, count);
        Arrays.sort(sorted, (a, b) -> {
            int c = Integer.compare(track[a], track[b]);
            if (c == 0) {
                c = Double.compare(start[a], start[b]);
            }
            return c != 0 ? c : Integer.compare(a, b);
        });
        PriorityQueue<Integer> open = new PriorityQueue<>((a, b) -> Double.compare(end[a], end[b]));
        List<Integer> partners = new ArrayList<>();
        int from = 0;
        while (from < count) {
            int t = track[sorted[from]];
            int to = from;
            while (to < count && track[sorted[to]] == t) {
                to++;
            }
            open.clear();
            int listed = 0;
            long unlisted = 0;
            for (int k = from; k < to; k++) {
                int j = sorted[k];
                while (!open.isEmpty() && end[open.peek()] <= start[j]) {
                    open.poll();
                }
                if (!open.isEmpty()) {
                    int room = maxListedPerTrack - listed;
                    if (room <= 0) {
                        unlisted += open.size();
                    } else if (room >= open.size()) {
                        partners.clear();
                        partners.addAll(open);
                        Collections.sort(partners);
                        for (int i : partners) {
                            sink.overlap(j, i);
                        }
                        listed += open.size();
                    } else {
                        // list the earliest partners that fit, count the rest
                        partners.clear();
                        partners.addAll(open);
                        Collections.sort(partners);
                        for (int p = 0; p < room; p++) {
                            sink.overlap(j, partners.get(p));
                        }
                        listed += room;
                        unlisted += open.size() - room;
                    }
                }
                open.add(j);
            }
            if (unlisted > 0) {
                sink.unlisted(t, unlisted);
            }
            from = to;
        }
    }
}
