package org.mokuhyo.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JapaneseTextTest {

	static Stream<Arguments> normalizations() {
		return Stream.of(
				arguments("令和６年度", "令和6年度"),
				arguments("ＡＢＣ１２３", "ABC123"),
				arguments("（通年）", "(通年)"),
				arguments("参加者：150人", "参加者:150人"),
				arguments("４，０００人", "4,000人"),
				arguments("ｶﾀｶﾅ", "カタカナ"),
				arguments("ｶﾞｲﾄﾞ", "ガイド"),
				arguments("7~2月", "7~2月"),
				arguments("7〜2月", "7~2月"),
				arguments("8月～2月", "8月~2月"),
				arguments("8月∼2月", "8月~2月"),
				arguments("  市民　　協働\t部 ", "市民 協働 部"),
				arguments("a\u00A0\u00A0b", "a b"),
				arguments("行1\n\n行2", "行1 行2"),
				arguments("①通年実施", "①通年実施"),
				arguments("⑳と２", "⑳と2"),
				arguments("㍻", "平成"),
				arguments("", ""),
				arguments("　", ""));
	}

	@ParameterizedTest
	@MethodSource("normalizations")
	void normalize(String input, String expected) {
		assertThat(JapaneseText.normalize(input)).isEqualTo(expected);
	}

	static Stream<Arguments> folds() {
		return Stream.of(
				arguments("（７月　参加者：１５０人）", "(7月 参加者:150人)"),
				arguments("1月～3月〜4月", "1月~3月~4月"),
				arguments("ｶﾞ①", "ｶﾞ①"),
				arguments("a\u00A0b", "a b"),
				arguments("", ""));
	}

	@ParameterizedTest
	@MethodSource("folds")
	void foldWidthKeepsLength(String input, String expected) {
		String folded = JapaneseText.foldWidth(input);
		assertThat(folded).isEqualTo(expected);
		assertThat(folded).hasSameSizeAs(input);
	}

	static Stream<Arguments> spaces() {
		return Stream.of(
				arguments("a  b", "a b"),
				arguments("\u3000a\u3000\u3000b\u3000", "a b"),
				arguments("a\u00A0b", "a b"),
				arguments("a\t\r\n b", "a b"),
				arguments("ＡＢ　Ｃ", "ＡＢ Ｃ"),
				arguments(" ", ""),
				arguments("", ""));
	}

	@ParameterizedTest
	@MethodSource("spaces")
	void collapseSpaces(String input, String expected) {
		assertThat(JapaneseText.collapseSpaces(input)).isEqualTo(expected);
	}

	@Test
	void nullStaysNull() {
		assertThat(JapaneseText.normalize(null)).isNull();
		assertThat(JapaneseText.collapseSpaces(null)).isNull();
		assertThat(JapaneseText.foldWidth(null)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "①, 1", "②, 2", "⑨, 9", "⑩, 10", "⑮, 15", "⑳, 20", "1, -1", "１, -1", "㉑, -1", "⑴, -1", "○, -1",
			"(, -1", "あ, -1" })
	void circledNumber(char c, int expected) {
		assertThat(JapaneseText.circledNumber(c)).isEqualTo(expected);
		assertThat(JapaneseText.isCircledNumber(c)).isEqualTo(expected > 0);
	}
}
