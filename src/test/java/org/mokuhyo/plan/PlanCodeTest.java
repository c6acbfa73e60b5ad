package org.mokuhyo.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanCodeTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"5-1- (3)|5-1-(3)",
			"5-1-(3)|5-1-(3)",
			"５－１－（３）|5-1-(3)",
			"5-2- (1)|5-2-(1)",
			"5 - 1 - (3)|5-1-(3)",
			"' 5-1-(3) '|5-1-(3)",
			"5‐1‐(3)|5-1-(3)",
			"5−1−(3)|5-1-(3)",
			"5–1–(3)|5-1-(3)",
			"5—1—(3)|5-1-(3)",
			"5ー1ー(3)|5-1-(3)",
			"5ｰ1ｰ(3)|5-1-(3)",
			"5－1－(3)|5-1-(3)",
			"5-1(3)|5-1-(3)",
			"5-1-3|5-1-(3)",
			"5-1- （ 3 ）|5-1-(3)",
			"1-3- (2)|1-3-(2)",
			"10-12-(11)|10-12-(11)",
			"5-1|5-1",
			"５－１|5-1",
			"5 - 1|5-1",
			"5|5",
			"５|5" })
	void normalize(String raw, String expected) {
		assertThat(PlanCode.normalize(raw)).contains(expected);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "5-2-", "4-1-", "(1)", "5-1-(3) 地域課題", "5-1-(3", "5-1-()", "a-1", "5--1", "5-1-(3)-(4)",
			"123", "5-1-(123)", "令和6年度", "45 新たなコミュニティとつながりの創出" })
	void normalizeRejects(String raw) {
		assertThat(PlanCode.normalize(raw)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"5-1- (3) 地域課題の共有を図り、多様な主体による協働のまちづくりを推進します|5-1-(3)|地域課題の共有を図り、多様な主体による協働のまちづくりを推進します|false",
			"1-3- (2) 子ども・若者がそれぞれの力を活かし|1-3-(2)|子ども・若者がそれぞれの力を活かし|false",
			"５－１－（３）　地域課題|5-1-(3)|地域課題|false",
			"5-1-(3)地域課題|5-1-(3)|地域課題|false",
			"4-1- (1) 非核平和都市の実現をめざす|4-1-(1)|非核平和都市の実現をめざす|false",
			"5-1-(3)|5-1-(3)|''|false",
			"5-1 地域課題|5-1|地域課題|false",
			"4-1-|4-1|''|true",
			"５－２－|5-2|''|true",
			"' 5-2- '|5-2|''|true",
			"5-2- 公正で効果的|5-2|公正で効果的|true" })
	void split(String cell, String code, String rest, boolean incomplete) {
		assertThat(PlanCode.split(cell)).contains(new PlanCode.Split(code, rest, incomplete));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "45 新たなコミュニティとつながりの創出", "(1) 公正で効果的・効率的な市政運営を進めます", "地域課題 5-1-(3)",
			"2024-2027", "5-1.5", "5-123", "①5-1" })
	void splitReadsNoCode(String cell) {
		assertThat(PlanCode.split(cell)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"(1) 公正で効果的・効率的な市政運営を進めます|(1)|公正で効果的・効率的な市政運営を進めます",
			"（１）　公正で|(1)|公正で",
			"(2)デジタル技術|(2)|デジタル技術",
			"( 10 ) 項目|(10)|項目",
			"(1)|(1)|''" })
	void splitParenStart(String cell, String code, String rest) {
		assertThat(PlanCode.splitParenStart(cell)).contains(new PlanCode.Split(code, rest, false));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "5-1-(3) 地域課題", "公正で(1)", "①公正で", "(a) 公正で", "1) 公正で" })
	void splitParenStartReadsNothing(String cell) {
		assertThat(PlanCode.splitParenStart(cell)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"5-2-|(1) 公正で効果的・効率的な市政運営を進めます|5-2-(1)|公正で効果的・効率的な市政運営を進めます",
			"4-1-|(1) 非核平和都市の実現|4-1-(1)|非核平和都市の実現",
			"５－２－|（２）デジタル技術|5-2-(2)|デジタル技術" })
	void joinsAPartialCodeWithTheNextCell(String partial, String next, String code, String rest) {
		assertThat(PlanCode.join(partial, next)).contains(new PlanCode.Split(code, rest, false));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"5-2-(1)|(2) デジタル", "5-2- 公正で|(1) 公正で", "5-2-|公正で", "5-2|(1) 公正で", "null|(1) 公正で", "5-2-|null",
			"45|(1) 公正で" })
	void joinRefuses(String partial, String next) {
		assertThat(PlanCode.join(partial, next)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "5-2-, true", "4-1-, true", "５－２－, true", "' 5-2- ', true", "5 - 2 -, true", "5ー2ー, true",
			"5-2-(1), false", "5-2, false", "5-, false", "5-2- 公正, false", "'', false", "-, false" })
	void looksLikePartialCode(String text, boolean expected) {
		assertThat(PlanCode.looksLikePartialCode(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@NullAndEmptySource
	void looksLikePartialCodeOfNothing(String text) {
		assertThat(PlanCode.looksLikePartialCode(text)).isFalse();
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = { "5-1-(3), 5-1", "5-1, 5", "5, null", "5-1- (3), 5-1", "'５－１－（３）', 5-1",
			"10-2-(11), 10-2" })
	void parent(String code, String expected) {
		assertThat(Optional.ofNullable(PlanCode.parent(code))).isEqualTo(Optional.ofNullable(expected));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "5-2-", "(1)", "地域" })
	void parentRejectsNonCodes(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> PlanCode.parent(code));
	}
}
