package dev.lectern.feeds;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the XML that Lectern serves with a real, namespace-aware parser. */
final class Xml {

	private Xml() {
	}

	/** Parses the bytes as served; anything that is not well-formed XML fails the test. */
	static Element root(byte[] bytes) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
			return document.getDocumentElement();
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	/** The child elements with this name in this namespace, in document order. */
	static List<Element> children(Element parent, String namespace, String name) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	/** The one child element with this name; fails if there is none or more than one. */
	static Element child(Element parent, String namespace, String name) {
		List<Element> found = children(parent, namespace, name);
		assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
		return found.get(0);
	}

	static String text(Element parent, String namespace, String name) {
		return child(parent, namespace, name).getTextContent();
	}

}
