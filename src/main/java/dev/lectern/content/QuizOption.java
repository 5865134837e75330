package dev.lectern.content;

import jakarta.persistence.Embeddable;

@Embeddable
record QuizOption(String letter, String label) {
}
