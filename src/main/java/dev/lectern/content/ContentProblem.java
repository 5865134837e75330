package dev.lectern.content;

/**
 * One thing wrong with the lesson files, where an editor can jump to it:
 * {@code path:line: message}. A problem with a whole folder has no line (0).
 */
record ContentProblem(String path, int line, String message) implements Comparable<ContentProblem> {

	@Override
	public String toString() {
		return (this.line > 0) ? this.path + ":" + this.line + ": " + this.message : this.path + ": " + this.message;
	}

	@Override
	public int compareTo(ContentProblem other) {
		int byPath = this.path.compareTo(other.path);
		return (byPath != 0) ? byPath : Integer.compare(this.line, other.line);
	}

}
