package dev.lectern.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping of plain values (a lesson's front matter, a track file), read as nodes so
 * that every problem names the line of the key or value it is about. Values are never
 * converted by YAML's own rules (a date stays text until it is checked as a date).
 */
final class YamlFields {

	private final String path;

	private final int firstLine;

	private final List<ContentProblem> problems;

	private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

	private final int line;

	private YamlFields(String path, int firstLine, int line, List<ContentProblem> problems) {
		this.path = path;
		this.firstLine = firstLine;
		this.line = line;
		this.problems = problems;
	}

	/**
	 * @param firstLine the file's line number of the text's first line
	 * @param wholeLine the line problems about the mapping as a whole go to
	 * @return the fields, or null when the text is not a YAML mapping (the problem is added)
	 */
	static YamlFields parse(String path, String text, int firstLine, int wholeLine, Set<String> known,
			List<ContentProblem> problems) {
		Node root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			int line = (mark != null) ? firstLine + mark.getLine() : wholeLine;
			String problem = (ex.getProblem() != null) ? ex.getProblem() : ex.getMessage();
			problems.add(new ContentProblem(path, line, "unreadable YAML: " + problem.strip()));
			return null;
		}
		catch (YAMLException ex) {
			problems.add(new ContentProblem(path, wholeLine, "unreadable YAML: " + ex.getMessage()));
			return null;
		}
		YamlFields fields = new YamlFields(path, firstLine, wholeLine, problems);
		if (root == null) {
			return fields;
		}
		if (!(root instanceof MappingNode mapping)) {
			problems.add(new ContentProblem(path, fields.lineOf(root),
					"expected \"key: value\" lines, found a " + kind(root)));
			return null;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				problems.add(new ContentProblem(path, fields.lineOf(tuple.getKeyNode()), "a key must be a plain word"));
				continue;
			}
			String name = key.getValue();
			if (!known.contains(name)) {
				problems.add(new ContentProblem(path, fields.lineOf(key),
						"unknown key \"" + name + "\" (known keys: " + String.join(", ", new TreeSet<>(known)) + ")"));
			}
			else if (fields.fields.containsKey(name)) {
				problems.add(new ContentProblem(path, fields.lineOf(key), "\"" + name + "\" is given twice"));
			}
			else {
				fields.fields.put(name, tuple);
			}
		}
		return fields;
	}

	/** A single value, stripped; null (with a problem when required) when absent or empty. */
	String text(String key, boolean required, int maxLength) {
		NodeTuple tuple = this.fields.get(key);
		if (tuple == null) {
			if (required) {
				problem(this.line, "missing " + key);
			}
			return null;
		}
		Node value = tuple.getValueNode();
		if (!(value instanceof ScalarNode scalar)) {
			problem(lineOf(value), key + " must be a single value, not a " + kind(value));
			return null;
		}
		String text = scalar.getValue().strip();
		if (text.isEmpty()) {
			if (required) {
				problem(lineOf(tuple.getKeyNode()), key + " is empty");
			}
			return null;
		}
		if (text.length() > maxLength) {
			problem(lineOf(value), key + " is " + text.length() + " characters long; at most " + maxLength);
			return null;
		}
		return text;
	}

	/** A list of single values with their lines; null (with a problem) when absent or not a list. */
	List<Item> list(String key) {
		NodeTuple tuple = this.fields.get(key);
		if (tuple == null) {
			problem(this.line, "missing " + key);
			return null;
		}
		if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
			problem(lineOf(tuple.getValueNode()), key + " must be a list, one \"- item\" per line");
			return null;
		}
		List<Item> items = new ArrayList<>();
		for (Node node : sequence.getValue()) {
			if (node instanceof ScalarNode scalar) {
				items.add(new Item(scalar.getValue().strip(), lineOf(node)));
			}
			else {
				problem(lineOf(node), "each item of " + key + " must be a single value, not a " + kind(node));
			}
		}
		return items;
	}

	/** The line of a key's value, or of the mapping when the key is absent. */
	int lineOf(String key) {
		NodeTuple tuple = this.fields.get(key);
		return (tuple != null) ? lineOf(tuple.getValueNode()) : this.line;
	}

	void problem(int line, String message) {
		this.problems.add(new ContentProblem(this.path, line, message));
	}

	private int lineOf(Node node) {
		return this.firstLine + node.getStartMark().getLine();
	}

	private static String kind(Node node) {
		return switch (node.getNodeId()) {
			case mapping -> "mapping";
			case sequence -> "list";
			default -> "value";
		};
	}

	record Item(String value, int line) {
	}

}
