package dev.slate.clap;

/**
 * Each enum's constants, once: {@link Class#getEnumConstants()} copies the array on every call, and enum
 * fields are looked up for every segment read or built.
 */
final class EnumConstants {
    private static final ClassValue<Object[]> ALL = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private EnumConstants() {
    }

    /** The shared array: callers must not change it. */
    @SuppressWarnings("unchecked")
    static <E> E[] of(Class<E> type) {
        return (E[]) ALL.get(type);
    }
}
