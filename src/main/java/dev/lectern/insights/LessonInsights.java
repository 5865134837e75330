package dev.lectern.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import dev.lectern.content.LessonContent;
import dev.lectern.content.QuestionContent;
import dev.lectern.insights.InsightsQueries.AnswerGroup;
import dev.lectern.insights.InsightsQueries.ReaderGroup;

/**
 * What an author sees of one lesson: who read how far, how the first attempts at the quiz
 * went, how long reading took. Built from the grouped rows of {@link InsightsQueries}; owns
 * every figure's wording, so the page and the CSV print the same text.
 */
public record LessonInsights(LessonContent lesson, long readers, long reachedEnd, Funnel funnel, Attempts attempts,
		List<QuestionFigures> questions, Optional<Map<Integer, Double>> discrimination, long timedReaders,
		OptionalDouble medianMinutes) {

	static LessonInsights of(LessonContent lesson, Map<String, Long> readersPerSection, List<ReaderGroup> readerGroups,
			List<AnswerGroup> answerGroups) {
		long readers = readerGroups.stream().mapToLong(ReaderGroup::readers).sum();
		int sectionCount = lesson.sections().size();
		long reachedEnd = readerGroups.stream()
			.filter(group -> sectionCount > 0 && group.sections() == sectionCount)
			.mapToLong(ReaderGroup::readers)
			.sum();
		NavigableMap<Long, Long> minutes = new TreeMap<>();
		readerGroups.stream()
			.filter(group -> group.minutes() != null)
			.forEach(group -> minutes.merge(group.minutes(), group.readers(), Long::sum));
		long timed = minutes.values().stream().mapToLong(Long::longValue).sum();

		List<QuestionFigures> questions = new ArrayList<>();
		for (QuestionContent question : lesson.questions()) {
			Map<String, Long> chosen = new HashMap<>();
			answerGroups.stream()
				.filter(group -> group.question() == question.number())
				.forEach(group -> chosen.merge(group.letter(), group.readers(), Long::sum));
			questions.add(QuestionFigures.of(question, chosen));
		}
		List<Discrimination.Score> scores = completeAttempts(lesson, answerGroups);
		List<Integer> numbers = lesson.questions().stream().map(QuestionContent::number).toList();
		return new LessonInsights(lesson, readers, reachedEnd, Funnel.of(lesson.sections(), readersPerSection, readers),
				Attempts.of(scores, numbers.size()), questions, Discrimination.of(scores, numbers), timed,
				(timed >= Figures.MIN_READERS) ? Median.of(minutes) : OptionalDouble.empty());
	}

	/**
	 * The first attempts that answered every question, per total score: how many readers and
	 * per question how many of them were right. Each such reader has one row per question,
	 * so the readers of a score are counted on the first question's rows.
	 */
	private static List<Discrimination.Score> completeAttempts(LessonContent lesson, List<AnswerGroup> answerGroups) {
		List<QuestionContent> questions = lesson.questions();
		if (questions.isEmpty()) {
			return List.of();
		}
		int first = questions.get(0).number();
		Map<Integer, Long> readers = new TreeMap<>();
		Map<Integer, Map<Integer, Long>> right = new HashMap<>();
		for (AnswerGroup group : answerGroups) {
			if (group.answered() != questions.size()) {
				continue;
			}
			if (group.question() == first) {
				readers.merge(group.score(), group.readers(), Long::sum);
			}
			boolean correct = lesson.question(group.question())
				.map(question -> question.correctLetter().equals(group.letter()))
				.orElse(false);
			if (correct) {
				right.computeIfAbsent(group.score(), score -> new HashMap<>())
					.merge(group.question(), group.readers(), Long::sum);
			}
		}
		return readers.entrySet()
			.stream()
			.map(entry -> new Discrimination.Score(entry.getKey(), entry.getValue(),
					right.getOrDefault(entry.getKey(), Map.of())))
			.toList();
	}

	public String path() {
		return "/insights" + this.lesson.path();
	}

	public String readersText() {
		return Figures.count(this.readers);
	}

	public String reachedEndText() {
		return Figures.count(this.reachedEnd);
	}

	public boolean hasQuiz() {
		return !this.questions.isEmpty();
	}

	public boolean discriminationShown() {
		return this.discrimination.isPresent();
	}

	public String discriminationOf(int question) {
		return this.discrimination.map(index -> Figures.decimal(index.get(question))).orElse("not enough answers yet");
	}

	public int discriminationMinimum() {
		return Discrimination.MIN_READERS;
	}

	public int readingMinutes() {
		return this.lesson.readingMinutes();
	}

	public boolean medianShown() {
		return this.medianMinutes.isPresent();
	}

	/** "7 min", or "a day or more" when the median reaches the cap of the minutes counted. */
	public String medianText() {
		if (this.medianMinutes.isEmpty()) {
			return Figures.FEWER_THAN_FIVE;
		}
		double median = this.medianMinutes.getAsDouble();
		return (median >= InsightsQueries.MINUTES_CAP) ? "a day or more" : Math.round(median) + " min";
	}

	public String timedReadersText() {
		return Figures.count(this.timedReaders);
	}

	// the charts and the tables

	public BarChart reachChart() {
		return BarChart.of("reach-chart", "Share of the lesson's readers who read each section, in page order",
				this.funnel.steps()
					.stream()
					.map(step -> BarChart.Bar.of(step.heading(), step.shown(), step.fraction(), step.share(), ""))
					.toList());
	}

	public Table reachTable() {
		return new Table("Readers who read each section, in page order",
				List.of("Section", "Readers who read it", "Share of the lesson's readers"),
				this.funnel.steps()
					.stream()
					.map(step -> List.of(step.heading(), step.count(), step.share()))
					.toList(),
				path() + "/reach.csv");
	}

	public BarChart questionsChart() {
		return BarChart.of("questions-chart", "Share of readers right at their first attempt, per question",
				this.questions.stream()
					.map(question -> BarChart.Bar.of("Q" + question.question().number(), question.rightShown(),
							question.rightFraction(), question.rightShare(), "right"))
					.toList());
	}

	public Table questionsTable() {
		return new Table("Questions at the first attempt",
				List.of("Question", "Readers who answered", "Right", "Share right", "Most chosen wrong option",
						"Discrimination index"),
				this.questions.stream()
					.map(question -> List.of("Q" + question.question().number(), Figures.count(question.answered()),
							Figures.count(question.right()), question.rightShare(), question.mostChosenWrong(),
							discriminationOf(question.question().number())))
					.toList(),
				path() + "/questions.csv");
	}

	/** Per question, the options as chosen at the first attempt. */
	public BarChart optionsChart(QuestionFigures question) {
		int number = question.question().number();
		return BarChart.of("options-chart-" + number, "Q" + number + ": how often each option was chosen at the first attempt",
				question.choices().stream().map(choice -> {
					String kind = choice.right() ? "right" : (choice.mostChosenWrong() ? "distractor" : "");
					String label = choice.letter() + (choice.note().isEmpty() ? "" : " \u00b7 " + choice.note()) + " \u00b7 "
							+ choice.label();
					return BarChart.Bar.of(label, choice.shown(), choice.fraction(), choice.share(), kind);
				}).toList());
	}

	public Table optionsTable() {
		List<List<String>> rows = new ArrayList<>();
		for (QuestionFigures question : this.questions) {
			for (QuestionFigures.Choice choice : question.choices()) {
				rows.add(List.of("Q" + question.question().number(), choice.letter() + ": " + choice.label(),
						choice.count(), choice.share(), choice.note()));
			}
		}
		return new Table("Options chosen at the first attempt",
				List.of("Question", "Option", "Chosen by", "Share of those who answered", "Note"), rows,
				path() + "/options.csv");
	}

	/** Who finished the first attempt, and their mean score. */
	public record Attempts(long finished, long scoreSum, int questions) {

		static Attempts of(List<Discrimination.Score> scores, int questions) {
			return new Attempts(scores.stream().mapToLong(Discrimination.Score::readers).sum(),
					scores.stream().mapToLong(score -> score.total() * score.readers()).sum(), questions);
		}

		public String finishedText() {
			return Figures.count(this.finished);
		}

		public String averageText() {
			if (this.finished < Figures.MIN_READERS) {
				return Figures.FEWER_THAN_FIVE;
			}
			return Figures.oneDecimal((double) this.scoreSum / this.finished) + " of " + this.questions;
		}

	}

}
