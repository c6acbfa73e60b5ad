package org.mokuhyo.importer.read;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.read.SourceBlock.Kind;
import org.mokuhyo.importer.read.SourceBlock.Run;

import static org.assertj.core.api.Assertions.assertThat;

class CellHtmlTest {

	private static List<String> texts(String raw) {
		return CellHtml.blocks(raw).stream().map(SourceBlock::text).toList();
	}

	private static List<Kind> kinds(String raw) {
		return CellHtml.blocks(raw).stream().map(SourceBlock::kind).toList();
	}

	@Test
	void paragraphsListItemsAndLooseText() {
		String raw = "<p>市民協働の推進</p> <p>(1) 制度を運用します。</p> <ul style=\"list-style-type: none\"> <li>①助成金の活用(通年)</li>"
				+ " <li>②周知(通年)</li> </ul>";
		assertThat(texts(raw)).containsExactly("市民協働の推進", "(1) 制度を運用します。", "①助成金の活用(通年)", "②周知(通年)");
		assertThat(kinds(raw)).containsExactly(Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.LIST_ITEM);
		assertThat(texts("市民窓口サービスの向上 (1) 窓口委託")).containsExactly("市民窓口サービスの向上 (1) 窓口委託");
		assertThat(kinds("<b>総合計画</b> 5-2- (1) 公正で")).containsExactly(Kind.TEXT);
	}

	@Test
	void boldRunsAreKeptApart() {
		List<SourceBlock> blocks = CellHtml.blocks("<b>総合計画</b> 5-2- (1) 公正で効果的");
		assertThat(blocks).hasSize(1);
		assertThat(blocks.get(0).runs()).containsExactly(new Run("総合計画", true), new Run(" 5-2- (1) 公正で効果的", false));
		assertThat(CellHtml.blocks("<p><strong>基本政策</strong></p>").get(0).runs()).containsExactly(new Run("基本政策", true));
	}

	@Test
	void entitiesBreaksAndSpaces() {
		assertThat(texts("<p>A&amp;B&nbsp;&lt;C&gt; &#x5E02;&#27665;</p>")).containsExactly("A&B <C> 市民");
		assertThat(texts("一行目<br>二行目<br/>三行目")).containsExactly("一行目", "二行目", "三行目");
		assertThat(texts("<p>  全角\u3000空白   と\n改行 </p>")).containsExactly("全角 空白 と 改行");
	}

	@Test
	void messyMarkupIsReadLikeABrowserWould() {
		assertThat(texts("<p>閉じていない段落<p>次の段落")).containsExactly("閉じていない段落", "次の段落");
		assertThat(texts("<li>項目1<li>項目2</ul>")).containsExactly("項目1", "項目2");
		assertThat(texts("3 < 5 かつ 5 > 3")).containsExactly("3 < 5 かつ 5 > 3");
		assertThat(texts("<P CLASS=x>大文字のタグ</P>")).containsExactly("大文字のタグ");
		assertThat(texts("<p>見える<!-- 見えない --><script>alert(1)</script>文字</p>")).containsExactly("見える文字");
		assertThat(texts("<span>入れ子の</span><a href=\"#\">リンク</a>")).containsExactly("入れ子のリンク");
		assertThat(CellHtml.blocks("<p> </p><ul></ul>")).isEmpty();
	}
}
