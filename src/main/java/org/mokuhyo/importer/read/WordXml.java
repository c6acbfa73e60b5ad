package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small reads of WordprocessingML elements through their DOM. The reader walks the XML rather than POI's typed
 * beans: poi-ooxml-lite keeps only the bean methods POI itself calls, and the walk has to see every child in document
 * order anyway (a break between two pieces of text, a table inside a content control).
 */
final class WordXml {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private WordXml() {
	}

	/** The child elements, in order. */
	static List<Element> children(Node parent) {
		List<Element> out = new ArrayList<>();
		if (parent == null) {
			return out;
		}
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				out.add(e);
			}
		}
		return out;
	}

	/** The text inside an element such as w:t (xmlbeans' DOM has no getTextContent). */
	static String text(Element e) {
		StringBuilder out = new StringBuilder();
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
				out.append(n.getNodeValue());
			}
		}
		return out.toString();
	}

	/** The first child element of that name in the w: namespace, or null. */
	static Element child(Node parent, String localName) {
		if (parent == null) {
			return null;
		}
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && is(e, localName)) {
				return e;
			}
		}
		return null;
	}

	/** The element reached by a path of w: child names, or null. */
	static Element path(Node parent, String... names) {
		Node at = parent;
		for (String name : names) {
			at = child(at, name);
			if (at == null) {
				return null;
			}
		}
		return (Element) at;
	}

	static boolean is(Element e, String localName) {
		return localName.equals(e.getLocalName()) && W.equals(e.getNamespaceURI());
	}

	/** The w:val of an element, or null when the element or the attribute is absent. */
	static String val(Element e) {
		if (e == null) {
			return null;
		}
		String value = e.getAttributeNS(W, "val");
		return value == null || value.isEmpty() ? null : value;
	}

	/** The w:val of an element as a number, or the fallback. */
	static int intVal(Element e, int otherwise) {
		return intAttribute(e, "val", otherwise);
	}

	/** A w: attribute as a number, or the fallback. */
	static int intAttribute(Element e, String name, int otherwise) {
		String value = e == null ? "" : e.getAttributeNS(W, name);
		try {
			return value.isEmpty() ? otherwise : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	/** An on/off property (w:b, w:vanish): null when not set, true when present without a value or with a true one. */
	static Boolean onOff(Element e) {
		if (e == null) {
			return null;
		}
		String value = val(e);
		return value == null || isOn(value);
	}

	static boolean isOn(String value) {
		return value.equals("true") || value.equals("1") || value.equals("on");
	}
}
