package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mokuhyo.importer.read.SourceBlock.Run;
import org.w3c.dom.Element;

/**
 * One Word paragraph (w:p) as blocks: its numbering label first, then the text of its runs, bold kept per run (from
 * the run or its styles); a line break inside the paragraph (Shift+Enter, w:br) starts another block, as a new line
 * in a cell does in the other formats; a tab is a space. Deleted text of tracked changes, hidden text, field
 * instructions and furigana are not text a reader of the sheet sees (the text under furigana is). Text boxes and
 * drawings are not read: they float beside the sheet's flow.
 */
final class DocxParagraphs {

	/** Containers inside a paragraph whose runs are shown (inserted text, links, content controls, fields). */
	private static final Set<String> SHOWN_CONTAINERS = Set.of("ins", "moveTo", "hyperlink", "smartTag", "customXml",
			"fldSimple", "sdt", "sdtContent", "dir", "bdo");

	private final DocxStyles styles;

	private final DocxNumbering numbering;

	DocxParagraphs(DocxStyles styles, DocxNumbering numbering) {
		this.styles = styles;
		this.numbering = numbering;
	}

	boolean heading(Element p) {
		Element pPr = WordXml.child(p, "pPr");
		return styles.heading(styles.paragraphStyle(pPr), pPr);
	}

	List<SourceBlock> blocks(Element p) {
		Element pPr = WordXml.child(p, "pPr");
		String style = styles.paragraphStyle(pPr);
		String label = numbering.label(pPr, style); // counted even when the paragraph turns out empty, as Word does
		Lines lines = new Lines();
		runs(p, style, lines);
		List<SourceBlock> blocks = lines.finish();
		if (label != null && !blocks.isEmpty()) {
			SourceBlock first = blocks.get(0);
			List<Run> runs = new ArrayList<>(first.runs().size() + 1);
			runs.add(new Run(label, false));
			runs.addAll(first.runs());
			blocks.set(0, new SourceBlock(first.kind(), runs));
		}
		return blocks;
	}

	private void runs(Element parent, String paragraphStyle, Lines lines) {
		for (Element e : WordXml.children(parent)) {
			if (!WordXml.W.equals(e.getNamespaceURI())) {
				continue; // mc:AlternateContent and the like: drawings, not the paragraph's text
			}
			if (WordXml.is(e, "r")) {
				run(e, paragraphStyle, lines);
			}
			else if (SHOWN_CONTAINERS.contains(e.getLocalName())) {
				runs(e, paragraphStyle, lines);
			}
		}
	}

	private void run(Element r, String paragraphStyle, Lines lines) {
		Element rPr = WordXml.child(r, "rPr");
		if (WordXml.onOff(WordXml.child(rPr, "vanish")) == Boolean.TRUE) {
			return;
		}
		Boolean own = WordXml.onOff(WordXml.child(rPr, "b"));
		boolean bold = own != null ? own
				: styles.bold(WordXml.val(WordXml.child(rPr, "rStyle")), paragraphStyle);
		for (Element e : WordXml.children(r)) {
			if (!WordXml.W.equals(e.getNamespaceURI())) {
				continue;
			}
			switch (e.getLocalName()) {
				case "t" -> lines.text(WordXml.text(e), bold);
				case "tab", "ptab" -> lines.text(" ", bold);
				case "br", "cr" -> lines.breakLine();
				case "noBreakHyphen" -> lines.text("-", bold);
				// furigana (ルビ): the base text is the text; the reading above it is not
				case "ruby" -> WordXml.children(WordXml.child(e, "rubyBase"))
					.stream()
					.filter(base -> WordXml.is(base, "r"))
					.forEach(base -> run(base, paragraphStyle, lines));
				default -> {
					// rPr, field characters and instructions, deleted text, drawings: nothing shown as text
				}
			}
		}
	}

	/** Collects runs into blocks, one per line; white space collapsed as in the other readers. */
	private static final class Lines {

		private final List<SourceBlock> blocks = new ArrayList<>();

		private final List<Run> current = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private boolean bold;

		void text(String s, boolean runBold) {
			if (s.isEmpty()) {
				return;
			}
			if (runBold != bold && !text.isEmpty()) {
				endRun();
			}
			bold = runBold;
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
				if (!space) {
					text.append(c);
				}
				else if (!endsInSpace()) {
					text.append(' ');
				}
			}
		}

		private boolean endsInSpace() {
			if (!text.isEmpty()) {
				return text.charAt(text.length() - 1) == ' ';
			}
			if (!current.isEmpty()) {
				String last = current.get(current.size() - 1).text();
				return last.endsWith(" ");
			}
			return true; // leading space of a line is dropped
		}

		private void endRun() {
			if (!text.isEmpty()) {
				current.add(new Run(text.toString(), bold));
				text.setLength(0);
			}
		}

		void breakLine() {
			endRun();
			List<Run> runs = new ArrayList<>(current);
			current.clear();
			if (runs.isEmpty()) {
				return;
			}
			int last = runs.size() - 1;
			runs.set(last, new Run(runs.get(last).text().stripTrailing(), runs.get(last).bold()));
			runs.removeIf(run -> run.text().isEmpty());
			if (!runs.isEmpty() && runs.stream().anyMatch(run -> !run.text().isBlank())) {
				blocks.add(new SourceBlock(SourceBlock.Kind.PARAGRAPH, runs));
			}
		}

		List<SourceBlock> finish() {
			breakLine();
			return blocks;
		}
	}
}
