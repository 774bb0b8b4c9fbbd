package dev.slate.source;

/**
 * Text as decoded from bytes, and the charset that was used, named as a user knows it
 * ({@code UTF-8}, {@code UTF-8 (BOM)}, {@code UTF-16LE (BOM)}, {@code windows-1252}).
 */
public record DecodedText(String text, String charset) {
}
