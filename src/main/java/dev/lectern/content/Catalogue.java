package dev.lectern.content;

import java.util.Comparator;
import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the content: tracks and lessons as immutable views. Content only
 * changes when the lesson files are loaded (ContentLoader, which then empties the caches),
 * so each view is built once and then served from the cache without a query.
 */
@Service
public class Catalogue {

	public static final String TRACKS_CACHE = "tracks";

	public static final String LESSONS_CACHE = "lessons";

	static final int MAX_RELATED = 4;

	private final TrackRepository tracks;

	private final LessonRepository lessons;

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	Catalogue(TrackRepository tracks, LessonRepository lessons) {
		this.tracks = tracks;
		this.lessons = lessons;
	}

	// sync: when many requests miss at once (just after start), one builds the view and the
	// others wait for it, instead of every one of them querying and rendering Markdown
	@Cacheable(cacheNames = TRACKS_CACHE, sync = true)
	@Transactional(readOnly = true)
	public List<TrackContent> tracks() {
		return this.tracks.findAllWithLessons().stream().map(Catalogue::toContent).toList();
	}

	@Cacheable(cacheNames = TRACKS_CACHE, sync = true)
	@Transactional(readOnly = true)
	public TrackContent track(String trackSlug) {
		return this.tracks.findWithLessons(trackSlug)
			.map(Catalogue::toContent)
			.orElseThrow(() -> new ContentNotFoundException("Track"));
	}

	@Cacheable(cacheNames = LESSONS_CACHE, sync = true)
	@Transactional(readOnly = true)
	public LessonContent lesson(String trackSlug, String lessonSlug) {
		Lesson lesson = this.lessons.findPage(trackSlug, lessonSlug)
			.orElseThrow(() -> new ContentNotFoundException("Lesson"));
		List<LessonSummary> siblings = track(lesson.getTrack()).lessons();
		int index = indexOf(siblings, lesson.getSlug());
		LessonSummary previous = (index > 0) ? siblings.get(index - 1) : null;
		LessonSummary next = (index < siblings.size() - 1) ? siblings.get(index + 1) : null;
		List<LessonSummary> related = related(siblings, index);
		return new LessonContent(lesson.getTrack().getSlug(), lesson.getTrack().getTitle(),
				summary(lesson.getTrack().getSlug(), lesson), lesson.getDocsUrl(), lesson.getDocsLabel(),
				sections(lesson), questions(lesson), faqs(lesson), previous, next, related);
	}

	private TrackContent track(Track track) {
		return toContent(this.tracks.findWithLessons(track.getSlug()).orElseThrow());
	}

	/**
	 * The lessons nearest to this one in its track, in track order: at most
	 * {@value #MAX_RELATED}, so that a track of a thousand lessons does not put a thousand
	 * links on every lesson page.
	 */
	static List<LessonSummary> related(List<LessonSummary> siblings, int index) {
		int from = Math.max(0, Math.min(index - MAX_RELATED / 2, siblings.size() - 1 - MAX_RELATED));
		int to = Math.min(siblings.size(), from + MAX_RELATED + 1);
		List<LessonSummary> related = new java.util.ArrayList<>(siblings.subList(from, to));
		if (index >= from && index < to) {
			related.remove(index - from);
		}
		else if (related.size() > MAX_RELATED) {
			related.remove(related.size() - 1);
		}
		return List.copyOf(related);
	}

	private static int indexOf(List<LessonSummary> lessons, String slug) {
		for (int i = 0; i < lessons.size(); i++) {
			if (lessons.get(i).slug().equals(slug)) {
				return i;
			}
		}
		return -1;
	}

	private List<SectionContent> sections(Lesson lesson) {
		return lesson.getSections().stream().sorted(Comparator.comparingInt(Section::getPosition)).map(section -> {
			MarkdownRenderer.Rendered rendered = this.markdown.render(section.getBody());
			return new SectionContent(section.getAnchor(), section.getHeading(), rendered.html(), rendered.words());
		}).toList();
	}

	private static List<QuestionContent> questions(Lesson lesson) {
		return lesson.getQuestions()
			.stream()
			.sorted(Comparator.comparingInt(QuizQuestion::getPosition))
			.map(question -> new QuestionContent(question.getPosition(), question.getPrompt(),
					question.getOptions()
						.stream()
						.sorted(Comparator.comparing(QuizOption::letter))
						.map(option -> new QuestionContent.Option(option.letter(), option.label(), option.feedback()))
						.toList(),
					question.getCorrectLetter(), question.getExplanation(), question.getSection().getAnchor(),
					question.getSection().getHeading(), question.getHint()))
			.toList();
	}

	private static List<FaqContent> faqs(Lesson lesson) {
		return lesson.getFaqs()
			.stream()
			.sorted(Comparator.comparingInt(Faq::getPosition))
			.map(faq -> new FaqContent(faq.getQuestion(), faq.getAnswer()))
			.toList();
	}

	private static TrackContent toContent(Track track) {
		return new TrackContent(track.getSlug(), track.getTitle(), track.getSummary(),
				track.getLessons().stream().map(lesson -> summary(track.getSlug(), lesson)).toList());
	}

	private static LessonSummary summary(String trackSlug, Lesson lesson) {
		return new LessonSummary(trackSlug, lesson.getSlug(), lesson.getTitle(), lesson.getSummary(),
				lesson.getReadingMinutes(), lesson.getUpdatedOn());
	}

}
