package dev.lectern.content;

public record FaqContent(String question, String answer) {
}
