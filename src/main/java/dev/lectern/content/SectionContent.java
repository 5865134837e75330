package dev.lectern.content;

/**
 * A section ready to print: {@code html} is the escaped rendering of its Markdown body,
 * {@code words} weighs it in the reading progress.
 */
public record SectionContent(String anchor, String heading, String html, int words) {
}
