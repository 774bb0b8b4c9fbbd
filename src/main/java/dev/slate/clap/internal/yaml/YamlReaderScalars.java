package dev.slate.clap.internal.yaml;

import java.math.BigInteger;

/**
 * The YAML 1.2 core schema as snakeyaml-engine 3.2's {@code CoreSchema} applies it to plain scalars,
 * hand-written so that the fast parser pays no regular expression per scalar. Types match the engine's
 * exactly (its Integer/Long/BigInteger choice depends on the digit count, leading zeros included), with
 * two deliberate departures where the engine fails on valid YAML 1.2 that JS {@code yaml} reads:
 * {@code +.inf} is +Infinity (the engine throws NumberFormatException) and a plain {@code <<} is the
 * string "<<" (the engine treats it as a YAML 1.1 merge key; JS {@code yaml} writes it plain).
 */
public final class YamlReaderScalars {
    private YamlReaderScalars() {
    }

    /** What a plain (unquoted, untagged) scalar means. */
    public static Object resolvePlain(String v) {
        int n = v.length();
        if (n == 0) {
            return null;
        }
        char c = v.charAt(0);
        switch (c) {
            case '~': case ' ': // " " cannot be a plain scalar, but the engine's pattern has it
                return n == 1 ? null : v;
            case 'n':
                return n == 4 && v.equals("null") ? null : v;
            case 'N':
                return n == 4 && (v.equals("Null") || v.equals("NULL")) ? null : v;
            case 't': case 'T':
                return n == 4 && (v.equals("true") || v.equals("True") || v.equals("TRUE")) ? Boolean.TRUE : v;
            case 'f': case 'F':
                return n == 5 && (v.equals("false") || v.equals("False") || v.equals("FALSE")) ? Boolean.FALSE : v;
            case '-': case '+': case '.':
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return number(v);
            default:
                return v;
        }
    }

    /** A plain scalar that starts like a number: an int, a float, or the string itself. */
    private static Object number(String v) {
        if (isInt(v)) {
            return toInt(v);
        }
        if (isFloat(v)) {
            return toFloat(v);
        }
        return v;
    }

    /** {@code [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+}. */
    public static boolean isInt(String v) {
        int n = v.length();
        if (n > 2 && v.charAt(0) == '0' && (v.charAt(1) == 'o' || v.charAt(1) == 'x')) {
            boolean hex = v.charAt(1) == 'x';
            for (int i = 2; i < n; i++) {
                char c = v.charAt(i);
                boolean ok = hex ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
                        : c >= '0' && c <= '7';
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
        int i = 0;
        if (n > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+')) {
            i = 1;
        }
        if (i == n) {
            return false;
        }
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)}.
     */
    public static boolean isFloat(String v) {
        int n = v.length();
        int i = 0;
        if (n > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+')) {
            i = 1;
        }
        if (i < n && v.charAt(i) == '.') {
            String rest = v.substring(i + 1);
            if (rest.equals("inf") || rest.equals("Inf") || rest.equals("INF")) {
                return true;
            }
            if (i == 0 && (rest.equals("nan") || rest.equals("NaN") || rest.equals("NAN"))) {
                return true;
            }
            // \.[0-9]+
            int d = i + 1;
            while (d < n && isDigit(v.charAt(d))) {
                d++;
            }
            if (d == i + 1) {
                return false;
            }
            return exponent(v, d);
        }
        int d = i;
        while (d < n && isDigit(v.charAt(d))) {
            d++;
        }
        if (d == i) {
            return false;
        }
        if (d < n && v.charAt(d) == '.') {
            d++;
            while (d < n && isDigit(v.charAt(d))) {
                d++;
            }
        }
        return exponent(v, d);
    }

    /** The optional {@code [eE][-+]?[0-9]+} tail from {@code i} to the end. */
    private static boolean exponent(String v, int i) {
        int n = v.length();
        if (i == n) {
            return true;
        }
        char e = v.charAt(i);
        if (e != 'e' && e != 'E') {
            return false;
        }
        i++;
        if (i < n && (v.charAt(i) == '-' || v.charAt(i) == '+')) {
            i++;
        }
        if (i == n) {
            return false;
        }
        for (; i < n; i++) {
            if (!isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The engine's {@code ConstructYamlCoreInt}: Integer, Long or BigInteger chosen by digit count first. */
    public static Number toInt(String value) {
        int sign = 1;
        String v = value;
        char first = v.charAt(0);
        if (first == '-') {
            sign = -1;
            v = v.substring(1);
        } else if (first == '+') {
            v = v.substring(1);
        }
        if (v.equals("0")) {
            return 0;
        }
        int radix;
        if (v.startsWith("0x")) {
            v = v.substring(2);
            radix = 16;
        } else if (v.startsWith("0o")) {
            v = v.substring(2);
            radix = 8;
        } else {
            radix = 10;
        }
        return createNumber(sign, v, radix);
    }

    private static Number createNumber(int sign, String number, int radix) {
        int len = number.length();
        if (sign < 0) {
            number = "-" + number;
        }
        int intMax;
        int longMax;
        switch (radix) {
            case 8: intMax = 11; longMax = 21; break;
            case 16: intMax = 8; longMax = 16; break;
            default: intMax = 10; longMax = 19; break;
        }
        if (len > intMax) {
            if (len > longMax) {
                return new BigInteger(number, radix);
            }
            return longOrBig(number, radix);
        }
        if (radix == 10 && len <= 9) {
            return Integer.valueOf(Integer.parseInt(number, radix));
        }
        try {
            return Integer.valueOf(number, radix);
        } catch (NumberFormatException e) {
            return longOrBig(number, radix);
        }
    }

    private static Number longOrBig(String number, int radix) {
        try {
            return Long.valueOf(number, radix);
        } catch (NumberFormatException e) {
            return new BigInteger(number, radix);
        }
    }

    /** The engine's {@code ConstructYamlCoreFloat}, except that {@code +.inf} is +Infinity. */
    public static Double toFloat(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        switch (v) {
            case ".inf": case "+.inf":
                return Double.POSITIVE_INFINITY;
            case "-.inf":
                return Double.NEGATIVE_INFINITY;
            case ".nan":
                return Double.NaN;
            default:
                break;
        }
        int sign = 1;
        char first = v.charAt(0);
        if (first == '-') {
            sign = -1;
            v = v.substring(1);
        } else if (first == '+') {
            v = v.substring(1);
        }
        return Double.valueOf(Double.parseDouble(v) * sign);
    }
}
