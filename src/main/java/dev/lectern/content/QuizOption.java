package dev.lectern.content;

import jakarta.persistence.Embeddable;

@Embeddable
/** {@code feedback}: what a reader who chose this wrong option reads; null when none. */
record QuizOption(String letter, String label, String feedback) {
}
