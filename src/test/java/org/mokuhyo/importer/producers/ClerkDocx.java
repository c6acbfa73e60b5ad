package org.mokuhyo.importer.producers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.mokuhyo.exchange.SheetLines;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;

/**
 * A sheet as a city clerk types it in Word (.docx): a title paragraph, a header table (部局, 補職, 氏名, 年度), the
 * section headings in a heading style, the missions as paragraphs, the 方針 table, each 当年度目標 as a table of its
 * own (two header rows with No merged down, the goal row, a row each for the 総合計画 and 基本政策 links with their
 * marker in bold, No merged down beside them) and each 中期目標 likewise. The lines in the cells are the sheet's
 * notation ({@link SheetLines}), written in one of three ways a clerk types them ({@link Typing}).
 * <p>
 * The WordprocessingML is written by hand, not with POI: so the test's document does not depend on the reader's
 * library, and each element is one a Word file has (tblGrid, gridSpan, vMerge, numPr, w:br).
 */
public final class ClerkDocx {

	/** How the clerk typed the labels and lines of the cells. */
	public enum Typing {
		/** (1), ① and ・ typed, each line a paragraph. */
		TYPED_LABELS,
		/**
		 * Word's automatic numbering for (1), ①, ・ and ○ (a list per cell, restarted at (1)), the section headings
		 * numbered by their style, the link markers bold by a character style: the labels are not in the text.
		 */
		AUTOMATIC_NUMBERING,
		/** Labels typed, the lines of a cell one paragraph with line breaks (Shift+Enter). */
		SOFT_BREAKS
	}

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** Twips of the grid columns: No, 取組み事項・内容, 実績 (成果), 実績 (課題); the 中期目標 uses No, description, 工程. */
	private static final int[] ANNUAL_GRID = { 600, 6400, 3200, 3200 };

	private static final int[] MID_TERM_GRID = { 600, 6400, 6400 };

	/** The list levels of the cells' numbering (abstractNum 1). */
	private static final int ITEM = 0, CIRCLED = 1, BULLET = 2, CIRCLE_BULLET = 3;

	private static final Pattern ITEM_LABEL = Pattern.compile("^\\((\\d{1,2})\\)\\s*(.*)$");

	private static final Pattern CIRCLED_LABEL = Pattern.compile("^([\\u2460-\\u2473])\\s*(.*)$");

	private final SheetData sheet;

	private final Typing typing;

	private final StringBuilder body = new StringBuilder();

	/** The list instances (w:num) beyond the first: one per cell, each restarting at (1). */
	private int lists;

	private ClerkDocx(SheetData sheet, Typing typing) {
		this.sheet = sheet;
		this.typing = typing;
	}

	public static byte[] render(SheetData sheet, Typing typing) {
		return new ClerkDocx(sheet, typing).document();
	}

	private byte[] document() {
		title();
		header();
		missions();
		policy();
		annualGoals();
		midTermGoals();
		return docx(body.toString(), styles(), numbering());
	}

	private void title() {
		body.append("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>")
			.append(run(Era.fiscalYearLabel(sheet.fiscalYear()) + " 部局長の目標", false))
			.append("</w:p>");
	}

	private void header() {
		Department d = sheet.department() == null ? new Department(null, null, null) : sheet.department();
		Table t = new Table(new int[] { 1200, 4000, 1200, 4000 });
		t.row(t.cell("部局"), t.cell(d.name()), t.cell("補職"), t.cell(d.headTitle()));
		t.row(t.cell("氏名"), t.cell(d.headName()), t.cell("年度"), t.cell(Era.fiscalYearLabel(sheet.fiscalYear())));
		t.end();
	}

	private void heading(int number, String text) {
		body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>")
			.append(run(typing == Typing.AUTOMATIC_NUMBERING ? text : number + ". " + text, false))
			.append("</w:p>");
	}

	private void missions() {
		heading(1, "部局の使命");
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < sheet.missions().size(); i++) {
			lines.add(SheetLines.mission(i, sheet.missions().get(i)));
		}
		// paragraphs of the body, not a cell: one paragraph each whatever the typing
		body.append(typing == Typing.AUTOMATIC_NUMBERING ? numbered(lines) : typed(lines));
	}

	private void policy() {
		heading(2, "使命を遂行するための取り組み方針と、それに基づく取り組みの総括");
		Table t = new Table(new int[] { 9000, 6000 });
		t.row(t.cell("方針"), t.cell("取り組みの総括"));
		List<String> lines = sheet.policy() == null ? List.of()
				: SheetLines.policy(sheet.policy().statement(), sheet.policy().items());
		String summary = SheetLines.orPending(sheet.policy() == null ? null : sheet.policy().summary());
		t.row(t.lines(lines), t.lines(List.of(summary.split("\n"))));
		t.end();
	}

	private void annualGoals() {
		heading(3, "当年度目標と目標設定に対する振り返り等");
		for (AnnualGoal goal : sheet.annualGoals()) {
			Table t = new Table(ANNUAL_GRID);
			t.row(t.merged("No", 1, "restart"), t.cell("当年度目標(当初設定)"), t.spanning("実績", 2));
			t.row(t.merged("", 1, "continue"), t.cell("取組み事項及びその内容・スケジュール"), t.cell("取組みを行った内容・成果"),
					t.cell("課題・今後の方向性"));
			boolean links = !goal.planLinks().isEmpty() || !goal.policyLinks().isEmpty();
			String results = SheetLines.orPending(goal.review() == null ? null : goal.review().results());
			String issues = SheetLines.orPending(goal.review() == null ? null : goal.review().issues());
			t.row(t.merged(String.valueOf(goal.number()), 1, links ? "restart" : null), t.lines(SheetLines.annualGoal(goal)),
					t.lines(List.of(results.split("\n"))), t.lines(List.of(issues.split("\n"))));
			linkRows(t, goal.planLinks(), goal.policyLinks(), 3);
			t.end();
		}
	}

	private void midTermGoals() {
		heading(4, "中期目標（概ね今後4年間）");
		for (MidTermGoal goal : sheet.midTermGoals()) {
			Table t = new Table(MID_TERM_GRID);
			t.row(t.cell("No"), t.cell("取組み事項及び取組みにあたっての課題・めざす成果など"), t.cell("スケジュール(工程)"));
			boolean links = !goal.planLinks().isEmpty() || !goal.policyLinks().isEmpty();
			t.row(t.merged(String.valueOf(goal.number()), 1, links ? "restart" : null),
					t.lines(SheetLines.midTermDescription(goal)), t.lines(SheetLines.midTermSteps(goal)));
			linkRows(t, goal.planLinks(), goal.policyLinks(), 2);
			t.end();
		}
	}

	/** A row for each kind of link, its marker bold above its lines, the goal's No merged down beside it. */
	private void linkRows(Table t, List<PlanLink> plan, List<PolicyLink> policy, int span) {
		if (!plan.isEmpty()) {
			t.row(t.merged("", 1, "continue"), t.marked(SheetLines.PLAN_MARKER, SheetLines.planLinks(plan), span));
		}
		if (!policy.isEmpty()) {
			t.row(t.merged("", 1, "continue"), t.marked(SheetLines.POLICY_MARKER, SheetLines.policyLinks(policy), span));
		}
	}

	/** A table written row by row; between two tables an empty paragraph, or Word would join them. */
	private final class Table {

		private final int[] grid;

		Table(int[] grid) {
			this.grid = grid;
			body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>")
				.append("<w:tblBorders>");
			for (String edge : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
				body.append("<w:").append(edge).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>");
			}
			body.append("</w:tblBorders></w:tblPr><w:tblGrid>");
			for (int width : grid) {
				body.append("<w:gridCol w:w=\"").append(width).append("\"/>");
			}
			body.append("</w:tblGrid>");
		}

		void row(String... cells) {
			body.append("<w:tr>");
			for (String cell : cells) {
				body.append(cell);
			}
			body.append("</w:tr>");
		}

		void end() {
			body.append("</w:tbl><w:p/>");
		}

		String cell(String text) {
			return tc(null, 1, paragraph(text == null ? "" : text));
		}

		String spanning(String text, int span) {
			return tc(null, span, paragraph(text));
		}

		/** A cell of a vertical merge: restart (its first) or continue (below it, left empty); null for none. */
		String merged(String text, int span, String vMerge) {
			return tc(vMerge, span, paragraph(text));
		}

		String lines(List<String> lines) {
			return tc(null, 1, cellLines(lines));
		}

		String marked(String marker, List<String> lines, int span) {
			return tc(null, span, markedLines(marker, lines));
		}

		private String tc(String vMerge, int span, String content) {
			StringBuilder tc = new StringBuilder("<w:tc><w:tcPr>");
			tc.append("<w:tcW w:w=\"0\" w:type=\"auto\"/>");
			if (span > 1) {
				tc.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
			}
			if (vMerge != null) {
				tc.append(vMerge.equals("restart") ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
			}
			tc.append("</w:tcPr>").append(content.isEmpty() ? "<w:p/>" : content).append("</w:tc>");
			return tc.toString();
		}
	}

	/** The lines of a cell as the clerk types them. */
	private String cellLines(List<String> lines) {
		return switch (typing) {
			case TYPED_LABELS -> typed(lines);
			case AUTOMATIC_NUMBERING -> numbered(lines);
			case SOFT_BREAKS -> broken(null, lines);
		};
	}

	/** The marker bold (directly, or by the Strong character style), then the lines. */
	private String markedLines(String marker, List<String> lines) {
		if (typing == Typing.SOFT_BREAKS) {
			return broken(marker, lines);
		}
		String markerRun = typing == Typing.AUTOMATIC_NUMBERING
				? "<w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr>" + text(marker) + "</w:r>" : run(marker, true);
		return "<w:p>" + markerRun + "</w:p>" + typed(lines);
	}

	private static String typed(List<String> lines) {
		StringBuilder out = new StringBuilder();
		lines.forEach(line -> out.append(paragraph(line)));
		return out.toString();
	}

	/** One paragraph, its lines (and the marker before them) separated by line breaks. */
	private static String broken(String marker, List<String> lines) {
		StringBuilder out = new StringBuilder("<w:p>");
		boolean first = true;
		if (marker != null) {
			out.append(run(marker, true));
			first = false;
		}
		for (String line : lines) {
			out.append(first ? "" : "<w:r><w:br/></w:r>").append(run(line, false));
			first = false;
		}
		return out.append("</w:p>").toString();
	}

	/**
	 * Lines whose labels Word numbers: a new list instance restarting at (1) and ①. A label Word would not give at
	 * that place (a number skipped or repeated in the sheet) stays typed, as a clerk would leave it.
	 */
	private String numbered(List<String> lines) {
		int numId = 2 + lists++;
		int items = 0;
		int circled = 0;
		StringBuilder out = new StringBuilder();
		for (String line : lines) {
			Matcher item = ITEM_LABEL.matcher(line);
			Matcher circle = CIRCLED_LABEL.matcher(line);
			if (item.matches() && Integer.parseInt(item.group(1)) == items + 1) {
				items++;
				circled = 0;
				out.append(listParagraph(numId, ITEM, item.group(2)));
			}
			else if (circle.matches() && circle.group(1).charAt(0) - '\u2460' == circled) {
				circled++;
				out.append(listParagraph(numId, CIRCLED, circle.group(2)));
			}
			else if (line.startsWith("・")) {
				out.append(listParagraph(numId, BULLET, line.substring(1)));
			}
			else if (line.startsWith("○")) {
				out.append(listParagraph(numId, CIRCLE_BULLET, line.substring(1)));
			}
			else {
				out.append(paragraph(line));
			}
		}
		return out.toString();
	}

	private static String listParagraph(int numId, int level, String text) {
		return "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"" + level
				+ "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>" + run(text, false) + "</w:p>";
	}

	private static String paragraph(String text) {
		return text.isEmpty() ? "<w:p/>" : "<w:p>" + run(text, false) + "</w:p>";
	}

	private static String run(String text, boolean bold) {
		return "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + text(text) + "</w:r>";
	}

	private static String text(String text) {
		return "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t>";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/**
	 * Normal; Title; Heading1 (bold, outline level 1, numbered 1., 2. … when the clerk numbers automatically);
	 * ListParagraph; Strong (a bold character style); TableGrid.
	 */
	private String styles() {
		String headingNumbering = typing == Typing.AUTOMATIC_NUMBERING
				? "<w:numPr><w:numId w:val=\"1\"/></w:numPr>" : "";
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"" + W + "\">"
				+ "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia=\"ＭＳ 明朝\"/><w:sz w:val=\"21\"/></w:rPr>"
				+ "</w:rPrDefault></w:docDefaults>"
				+ "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
				+ "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
				+ "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"32\"/></w:rPr></w:style>"
				+ "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
				+ "<w:basedOn w:val=\"Normal\"/><w:pPr>" + headingNumbering + "<w:outlineLvl w:val=\"0\"/></w:pPr>"
				+ "<w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr></w:style>"
				+ "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/>"
				+ "<w:basedOn w:val=\"Normal\"/></w:style>"
				+ "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>"
				+ "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/></w:style>"
				+ "</w:styles>";
	}

	/**
	 * abstractNum 0: the section headings (1. 2. …); abstractNum 1: the cells' lists, (1) then ① then ・ and ○. num 1
	 * numbers the headings; nums 2 … are the cells' lists, each restarting its (1) and ①.
	 */
	private String numbering() {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<w:numbering xmlns:w=\"" + W + "\">");
		out.append("<w:abstractNum w:abstractNumId=\"0\">").append(level(0, "decimal", "%1.", "space"))
			.append("</w:abstractNum>");
		out.append("<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"multilevel\"/>")
			.append(level(ITEM, "decimal", "(%1)", null))
			.append(level(CIRCLED, "decimalEnclosedCircle", "%2", null))
			.append(level(BULLET, "bullet", "・", null))
			.append(level(CIRCLE_BULLET, "bullet", "○", "nothing"))
			.append("</w:abstractNum>");
		out.append("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
		for (int i = 0; i < lists; i++) {
			out.append("<w:num w:numId=\"").append(2 + i).append("\"><w:abstractNumId w:val=\"1\"/>");
			for (int level : new int[] { ITEM, CIRCLED }) {
				out.append("<w:lvlOverride w:ilvl=\"").append(level).append("\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
			}
			out.append("</w:num>");
		}
		return out.append("</w:numbering>").toString();
	}

	/** A list level; the number followed by a tab unless another suffix is named. */
	private static String level(int level, String format, String text, String suffix) {
		return "<w:lvl w:ilvl=\"" + level + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/>"
				+ (suffix == null ? "" : "<w:suff w:val=\"" + suffix + "\"/>") + "<w:lvlText w:val=\"" + escape(text)
				+ "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" + (420 * (level + 1))
				+ "\" w:hanging=\"420\"/></w:pPr></w:lvl>";
	}

	static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
			+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
			+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
			+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
			+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
			+ "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
			+ "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
			+ "</Types>";

	static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
			+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
			+ "</Relationships>";

	private static final String STYLES_REL = "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>";

	private static final String NUMBERING_REL = "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>";

	private static final String RELS_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
			+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";

	/**
	 * A .docx of a body (the content of w:body, w: bound), a styles part and a numbering part (each null for none):
	 * also for tests of the reader on hand-written XML.
	 */
	public static byte[] docx(String body, String styles, String numbering) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", CONTENT_TYPES);
		parts.put("_rels/.rels", ROOT_RELS);
		parts.put("word/_rels/document.xml.rels", RELS_START + (styles == null ? "" : STYLES_REL)
				+ (numbering == null ? "" : NUMBERING_REL) + "</Relationships>");
		parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<w:document xmlns:w=\"" + W + "\"><w:body>" + body
				+ "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr></w:body></w:document>");
		if (styles != null) {
			parts.put("word/styles.xml", styles);
		}
		if (numbering != null) {
			parts.put("word/numbering.xml", numbering);
		}
		return zip(parts);
	}

	/** A zip of these parts, in this order ([Content_Types].xml first, as Word writes it). */
	public static byte[] zip(Map<String, String> parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
