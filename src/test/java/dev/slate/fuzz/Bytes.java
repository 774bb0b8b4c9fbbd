package dev.slate.fuzz;

import java.util.Arrays;

/** A growable byte array with the edits mutations make: insert, delete, overwrite. */
final class Bytes {
    private byte[] data;
    private int length;

    Bytes(byte[] initial) {
        data = Arrays.copyOf(initial, Math.max(16, initial.length + 64));
        length = initial.length;
    }

    int length() {
        return length;
    }

    byte get(int at) {
        return data[at];
    }

    void insert(int at, byte[] bytes) {
        int i = clamp(at);
        ensure(length + bytes.length);
        System.arraycopy(data, i, data, i + bytes.length, length - i);
        System.arraycopy(bytes, 0, data, i, bytes.length);
        length += bytes.length;
    }

    void delete(int at, int count) {
        int i = clamp(at);
        int n = Math.min(count, length - i);
        System.arraycopy(data, i + n, data, i, length - i - n);
        length -= n;
    }

    void set(int at, byte value) {
        if (length == 0) {
            insert(0, new byte[] {value});
        } else {
            data[Math.min(at, length - 1)] = value;
        }
    }

    byte[] toArray() {
        return Arrays.copyOf(data, length);
    }

    private int clamp(int at) {
        return Math.max(0, Math.min(at, length));
    }

    private void ensure(int capacity) {
        if (capacity > data.length) {
            data = Arrays.copyOf(data, Math.max(capacity, data.length * 2));
        }
    }
}
