package dev.lectern.feeds;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small XML document in one default namespace, written through {@link XMLStreamWriter}
 * so that every text and attribute value is escaped by the writer, and one element per
 * line so that a person can read it too.
 */
final class XmlDocument {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final XMLStreamWriter xml;

	private final String namespace;

	private int depth;

	XmlDocument(String namespace, String root) {
		this.namespace = namespace;
		try {
			this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(this.bytes, StandardCharsets.UTF_8.name());
			this.xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			this.xml.setDefaultNamespace(namespace);
			newLine();
			this.xml.writeStartElement(namespace, root);
			this.xml.writeDefaultNamespace(namespace);
			this.depth = 1;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Opens an element that will hold other elements; {@link #close()} ends it. */
	XmlDocument open(String name) {
		try {
			indent();
			this.xml.writeStartElement(this.namespace, name);
			this.depth++;
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	XmlDocument close() {
		try {
			this.depth--;
			indent();
			this.xml.writeEndElement();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An element holding text only. */
	XmlDocument text(String name, String text) {
		try {
			indent();
			this.xml.writeStartElement(this.namespace, name);
			this.xml.writeCharacters(text);
			this.xml.writeEndElement();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An element with attributes only; {@code attributes} are name, value, name, value… */
	XmlDocument empty(String name, String... attributes) {
		try {
			indent();
			this.xml.writeEmptyElement(this.namespace, name);
			for (int i = 0; i < attributes.length; i += 2) {
				this.xml.writeAttribute(attributes[i], attributes[i + 1]);
			}
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Ends the root element and the document. */
	byte[] toBytes() {
		try {
			this.depth = 0;
			indent();
			this.xml.writeEndElement();
			this.xml.writeEndDocument();
			this.xml.close();
			this.bytes.write('\n');
			return this.bytes.toByteArray();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void indent() throws XMLStreamException {
		newLine();
		this.xml.writeCharacters("  ".repeat(this.depth));
	}

	private void newLine() throws XMLStreamException {
		this.xml.writeCharacters("\n");
	}

}
