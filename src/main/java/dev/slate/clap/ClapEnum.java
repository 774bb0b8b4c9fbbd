package dev.slate.clap;

import java.util.Locale;
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
        if (value == null) {
            return Optional.empty();
        }
        E exact = EnumConstants.exact(type, value);
        if (exact != null) {
            return Optional.of(exact);
        }
        String v = value.trim();
        E e = EnumConstants.exact(type, v);
        if (e == null && v.length() <= EnumConstants.longest(type)) {
            // uppercasing never shortens, so a longer value cannot match (and a huge one is costly to convert)
            e = EnumConstants.upperCase(type, v.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(e);
    }


    /** The canonical written form of {@code value}: the enum's wire form when known, else the value as given. */
    static <E extends Enum<E> & ClapEnum> String canonical(Class<E> type, String value) {
        return lookup(type, value).map(ClapEnum::wire).orElse(value);
    }
}
