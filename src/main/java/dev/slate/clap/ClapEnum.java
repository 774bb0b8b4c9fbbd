package dev.slate.clap;

import java.util.Optional;

/**
 * An OpenClap enumeration whose written form ({@link #wire()}) is the exact value the reference
 * implementation ({@code @aitube/clap} 0.2.4) compares against. Files store enum fields as strings so
 * that a value this library does not know survives a read and a write unchanged.
 */
public interface ClapEnum {
    /** The exact string written to a file. */
    String wire();

    /** Case-insensitive lookup of a written value, also accepting the constant's Java name. */
    static <E extends Enum<E> & ClapEnum> Optional<E> lookup(Class<E> type, String value) {
        return EnumConstants.of(type).lookup(value);
    }

    /** The canonical written form of {@code value}: the enum's wire form when known, else the value as given. */
    static <E extends Enum<E> & ClapEnum> String canonical(Class<E> type, String value) {
        return EnumConstants.of(type).canonical(value);
    }
}
