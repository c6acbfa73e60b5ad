package org.mokuhyo.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.producers.ClerkDocx;
import org.mokuhyo.importer.read.SourceBlock.Run;
import org.mokuhyo.importer.read.SourceRow.RowKind;

/**
 * The Word reader on hand-written WordprocessingML: what a document shows becomes rows, cells and blocks, and what it
 * does not show (deleted or hidden text, field codes) does not.
 */
class DocxSheetReaderTest {

	private static final String STYLES = "<w:styles xmlns:w=\"" + WordXml.W + "\">"
			+ "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Midashi2\"><w:name w:val=\"heading 2\"/></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Marker\"><w:name w:val=\"marker\"/><w:rPr><w:b/></w:rPr></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"MarkerChild\"><w:name w:val=\"marker child\"/>"
			+ "<w:basedOn w:val=\"Marker\"/></w:style>"
			+ "<w:style w:type=\"character\" w:styleId=\"Emph\"><w:name w:val=\"emph\"/><w:rPr><w:b/></w:rPr></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Numbered\"><w:name w:val=\"numbered\"/>"
			+ "<w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
			+ "<w:style w:type=\"numbering\" w:styleId=\"ListStyle\"><w:name w:val=\"list style\"/>"
			+ "<w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style>"
			+ "</w:styles>";

	private static final String NUMBERING = "<w:numbering xmlns:w=\"" + WordXml.W + "\">"
			+ "<w:abstractNum w:abstractNumId=\"0\">"
			+ lvl(0, "decimalFullWidth", "（%1）", null) + lvl(1, "decimal", "%1.%2", "space")
			+ lvl(2, "bullet", "\uF0B7", null) + "</w:abstractNum>"
			+ "<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, "japaneseCounting", "第%1", "nothing") + "</w:abstractNum>"
			+ "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
			+ "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/>"
			+ "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
			+ "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>"
			+ "<w:abstractNum w:abstractNumId=\"2\"><w:numStyleLink w:val=\"ListStyle\"/></w:abstractNum>"
			+ "<w:abstractNum w:abstractNumId=\"3\"><w:styleLink w:val=\"ListStyle\"/>"
			+ lvl(0, "decimalEnclosedCircle", "%1", null) + lvl(1, "bullet", "\u2022", null) + "</w:abstractNum>"
			+ "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>"
			+ "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"3\"/></w:num>"
			+ "</w:numbering>";

	private static String lvl(int level, String format, String text, String suffix) {
		return "<w:lvl w:ilvl=\"" + level + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/>"
				+ (suffix == null ? "" : "<w:suff w:val=\"" + suffix + "\"/>") + "<w:lvlText w:val=\"" + text + "\"/></w:lvl>";
	}

	private static SourceDocument read(String body) {
		byte[] docx = ClerkDocx.docx(body, STYLES, NUMBERING);
		DocxSheetReader reader = new DocxSheetReader();
		assertThat(reader.accepts(docx, "x")).isTrue();
		return reader.read(docx, "x.docx");
	}

	private static String p(String content) {
		return "<w:p>" + content + "</w:p>";
	}

	private static String p(String pPr, String content) {
		return "<w:p><w:pPr>" + pPr + "</w:pPr>" + content + "</w:p>";
	}

	private static String r(String text) {
		return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
	}

	private static String numPr(int numId, int level) {
		return "<w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
	}

	private static List<String> texts(SourceRow row) {
		return row.cells().get(0).blocks().stream().map(SourceBlock::text).toList();
	}

	@Test
	void tableCellsSitInTheirGridColumnsAndRowsCountInDocumentOrder() {
		String tc = "<w:tc>%s" + p(r("%s")) + "</w:tc>";
		SourceDocument doc = read(p(r("前")) + "<w:tbl><w:tblGrid>" + "<w:gridCol w:w=\"1000\"/>".repeat(5) + "</w:tblGrid>"
				+ "<w:tr>" + tc.formatted("<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>", "1")
				+ tc.formatted("<w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>", "内容") + tc.formatted("", "実績")
				+ tc.formatted("", "課題") + "</w:tr>"
				+ "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>"
				+ tc.formatted("<w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>", "総合計画") + tc.formatted("", "末") + "</w:tr>"
				+ "<w:tr>" + tc.formatted("<w:tcPr><w:vMerge/></w:tcPr>", "続き") + tc.formatted("", "二") + "</w:tr>"
				+ "</w:tbl>" + p("") + p(r("後")));

		assertThat(doc.rows()).extracting(SourceRow::line).containsExactly(1, 2, 3, 4, 6);
		assertThat(doc.rows()).extracting(SourceRow::kind)
			.containsExactly(RowKind.TEXT, RowKind.TABLE, RowKind.TABLE, RowKind.TABLE, RowKind.TEXT);
		assertThat(doc.rows().get(1).cells()).extracting(SourceCell::column, SourceCell::text)
			.containsExactly(tuple(1, "1"), tuple(2, "内容"), tuple(3, ""), tuple(4, "実績"), tuple(5, "課題"));
		assertThat(doc.rows().get(2).cells()).extracting(SourceCell::column, SourceCell::text)
			.containsExactly(tuple(1, ""), tuple(2, "総合計画"), tuple(3, ""), tuple(4, ""), tuple(5, "末"));
		// the cell continuing the vertical merge is blank, whatever it holds
		assertThat(doc.rows().get(3).cells()).extracting(SourceCell::column, SourceCell::text)
			.containsExactly(tuple(1, ""), tuple(2, "二"));
		assertThat(doc.rows().get(3).cells().get(1).line()).isEqualTo(4);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	@Test
	void aParagraphShowsItsTextLineBreaksStartBlocksAndTabsAreSpaces() {
		SourceDocument doc = read(p(r("取組み") + "<w:r><w:tab/><w:t>内容</w:t><w:br/><w:t>二行目</w:t></w:r>"
				+ "<w:del><w:r><w:delText>消した</w:delText></w:r></w:del>" + "<w:ins><w:r><w:t>足した</w:t></w:r></w:ins>"
				+ "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隠し</w:t></w:r>"
				+ "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
				+ "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("3") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
				+ "<w:hyperlink><w:r><w:t>リンク</w:t></w:r></w:hyperlink>" + r("　全角　空白 ")
				+ "<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>ぶきょく</w:t></w:r></w:rt>"
				+ "<w:rubyBase><w:r><w:t>部局</w:t></w:r></w:rubyBase></w:ruby></w:r>" + "<w:r><w:br/></w:r>")
				+ "<w:sdt><w:sdtPr/><w:sdtContent>" + p(r("入力欄")) + "</w:sdtContent></w:sdt>");

		assertThat(texts(doc.rows().get(0))).containsExactly("取組み 内容", "二行目足した3リンク 全角 空白 部局");
		assertThat(doc.rows().get(0).cells().get(0).raw()).isEqualTo("取組み 内容\n二行目足した3リンク 全角 空白 部局");
		assertThat(texts(doc.rows().get(1))).containsExactly("入力欄");
	}

	@Test
	void boldFromTheRunItsCharacterStyleOrItsParagraphStyle() {
		SourceDocument doc = read(p("<w:r><w:rPr><w:b/></w:rPr><w:t>総合</w:t></w:r><w:r><w:rPr><w:b w:val=\"1\"/></w:rPr>"
				+ "<w:t>計画</w:t></w:r>" + r(" 5-1- (3)"))
				+ p("<w:r><w:rPr><w:rStyle w:val=\"Emph\"/></w:rPr><w:t>基本政策</w:t></w:r>")
				+ p("<w:pStyle w:val=\"MarkerChild\"/>", r("見出し") + "<w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>本文</w:t></w:r>"));

		assertThat(doc.rows().get(0).cells().get(0).blocks().get(0).runs())
			.containsExactly(new Run("総合計画", true), new Run(" 5-1- (3)", false));
		assertThat(doc.rows().get(1).cells().get(0).blocks().get(0).runs()).containsExactly(new Run("基本政策", true));
		assertThat(doc.rows().get(2).cells().get(0).blocks().get(0).runs())
			.containsExactly(new Run("見出し", true), new Run("本文", false));
	}

	@Test
	void automaticNumberingBecomesTheLabelWordShows() {
		SourceDocument doc = read(p(numPr(1, 0), r("項目")) + p(numPr(1, 1), r("細目")) + p(numPr(1, 1), r("細目"))
				+ p(numPr(1, 2), r("点")) + p(numPr(1, 0), "") + p(numPr(1, 0), r("空の段落の次"))
				+ p(numPr(1, 1), r("細目は振り直し")) + p(numPr(2, 0), r("別の番号（5から）")) + p(numPr(0, 0), r("番号なし"))
				+ p("<w:pStyle w:val=\"Numbered\"/>", r("章")) + p("<w:pStyle w:val=\"Numbered\"/>", r("章"))
				+ p(numPr(4, 0), r("リストスタイルから")) + p(numPr(4, 1), r("小さな黒丸")) + p(numPr(4, 0), r("二つ目")));

		// %1 in the second level's text is written in the first level's format (full width), as Word does
		assertThat(doc.rows().stream().map(row -> row.cells().get(0).text()).toList()).containsExactly("（１） 項目",
				"１.1 細目", "１.2 細目", "・ 点", "（３） 空の段落の次", "３.1 細目は振り直し", "（５） 別の番号（5から）", "番号なし", "第一章",
				"第二章", "① リストスタイルから", "・ 小さな黒丸", "② 二つ目");
		// the label is a run of its own before the text, as a typed label would be part of the text
		assertThat(doc.rows().get(0).cells().get(0).blocks().get(0).runs().get(0)).isEqualTo(new Run("（１） ", false));
	}

	@Test
	void numberFormats() {
		assertThat(DocxNumbering.format(11, "japaneseCounting")).isEqualTo("十一");
		assertThat(DocxNumbering.format(20, "japaneseCounting")).isEqualTo("二十");
		assertThat(DocxNumbering.format(105, "japaneseCounting")).isEqualTo("百五");
		assertThat(DocxNumbering.format(3, "decimalEnclosedCircle")).isEqualTo("③");
		assertThat(DocxNumbering.format(21, "decimalEnclosedCircle")).isEqualTo("21");
		assertThat(DocxNumbering.format(2, "decimalEnclosedParen")).isEqualTo("(2)");
		assertThat(DocxNumbering.format(4, "upperRoman")).isEqualTo("IV");
		assertThat(DocxNumbering.format(28, "lowerLetter")).isEqualTo("bb");
		assertThat(DocxNumbering.format(2, "aiueo")).isEqualTo("イ");
		assertThat(DocxNumbering.format(3, "iroha")).isEqualTo("ハ");
		assertThat(DocxNumbering.format(12, "decimalFullWidth")).isEqualTo("１２");
		assertThat(DocxNumbering.format(7, "somethingNew")).isEqualTo("7");
	}

	@Test
	void headingsByStyleOrOutlineLevel() {
		SourceDocument doc = read(p("<w:pStyle w:val=\"Midashi2\"/>", r("1. 部局の使命"))
				+ p("<w:outlineLvl w:val=\"0\"/>", r("2. 方針")) + p("<w:outlineLvl w:val=\"9\"/>", r("本文")) + p(r("本文")));

		assertThat(doc.rows()).extracting(SourceRow::kind)
			.containsExactly(RowKind.HEADING, RowKind.HEADING, RowKind.TEXT, RowKind.TEXT);
	}

	@Test
	void aTableInsideACellIsReadAsMoreParagraphsOfThatCell() {
		String inner = "<w:tbl><w:tr><w:tc>" + p(r("内1")) + "</w:tc><w:tc>" + p(r("内2")) + "</w:tc></w:tr></w:tbl>";
		SourceDocument doc = read("<w:tbl><w:tr><w:tc>" + p(r("外")) + inner + p("") + "</w:tc></w:tr></w:tbl>");

		assertThat(texts(doc.rows().get(0))).containsExactly("外", "内1", "内2");
		assertThat(doc.notes()).extracting(SourceNote::message).containsExactly("表の中の表は、その外側のセルの段落として読み込みました");
	}

	@Test
	void withoutStylesOrNumberingParts() {
		byte[] docx = ClerkDocx.docx(p(numPr(1, 0), r("番号の定義なし")), null, null);

		assertThat(texts(new DocxSheetReader().read(docx, "x.docx").rows().get(0))).containsExactly("番号の定義なし");
	}
}
