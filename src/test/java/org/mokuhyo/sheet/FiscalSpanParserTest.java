package org.mokuhyo.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalSpanParserTest {

	/** A text holding one span: the span wording is given separately to check text and offsets. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"令和6年度(2024年度)～令和9年度(2027年度)|令和6年度(2024年度)～令和9年度(2027年度)|2024|2027",
			"(1) 平和活動ボランティア育成・活動支援 令和6年度（2024年度）～令和9年度（2027年度）|令和6年度（2024年度）～令和9年度（2027年度）|2024|2027",
			"令和6年度(2024年度)～|令和6年度(2024年度)～|2024|null",
			"①形成支援を公民分館等へ働きかけ 令和6年度(2024年度)～|令和6年度(2024年度)～|2024|null",
			"令和6年度(2024年度～)|令和6年度(2024年度～)|2024|null",
			"②調整 令和6年度(2024年度～)|令和6年度(2024年度～)|2024|null",
			"令和6年度（2024年度）|令和6年度（2024年度）|2024|2024",
			"令和６年度（２０２４年度）|令和６年度（２０２４年度）|2024|2024",
			"令和７年度（２０２５年度）～令和８年度（２０２６年度）|令和７年度（２０２５年度）～令和８年度（２０２６年度）|2025|2026",
			"令和7年度(2025年度)～令和8年度(2026年度)|令和7年度(2025年度)～令和8年度(2026年度)|2025|2026",
			"選定評価委員会2回（12月～3月）令和7年度継続|令和7年度|2025|2025",
			"選定評価委員会2回（1月～3月）令和7年度（2025年度）継続|令和7年度（2025年度）|2025|2025",
			"令和6年度|令和6年度|2024|2024",
			"2024年度|2024年度|2024|2024",
			"２０２４年度|２０２４年度|2024|2024",
			"2024年度～|2024年度～|2024|null",
			"2024年度(令和6年度)|2024年度(令和6年度)|2024|2024",
			"2024年度～2027年度|2024年度～2027年度|2024|2027",
			"令和6年度〜令和9年度|令和6年度〜令和9年度|2024|2027",
			"令和6年度 ～ 令和9年度|令和6年度 ～ 令和9年度|2024|2027",
			"令和元年度(2019年度)|令和元年度(2019年度)|2019|2019",
			"平成31年度～令和2年度|平成31年度～令和2年度|2019|2020",
			"令和6年度(2023年度)|令和6年度(2023年度)|2023|2023",
			"令和6年度 から|令和6年度|2024|2024",
			"令和6年度~ 検討|令和6年度~|2024|null" })
	void findsOneSpan(String text, String span, Integer from, Integer to) {
		int start = text.indexOf(span);
		assertThat(FiscalSpanParser.findAll(text))
				.containsExactly(new FiscalSpan(span, from, to, start, start + span.length()));
	}

	@Test
	void findsSeveralSpansInOrder() {
		String text = "②消費者団体と連携した消費者啓発の取り組み検討 令和6年度(2024年度)、取り組み見直し 令和7年度(2025年度)～";
		int first = text.indexOf("令和6");
		int second = text.indexOf("令和7");
		assertThat(FiscalSpanParser.findAll(text)).containsExactly(
				new FiscalSpan("令和6年度(2024年度)", 2024, 2024, first, first + 13),
				new FiscalSpan("令和7年度(2025年度)～", 2025, null, second, second + 14));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "令和6年分所得税及び個人住民税", "令和6年", "2024年", "50周年", "10年間", "11月",
			"第3次男女共同参画計画", "令和0年度", "大正5年度", "12024年度", "24年度" })
	void findsNothing(String text) {
		assertThat(FiscalSpanParser.findAll(text)).isEmpty();
	}

	@Test
	void resultIsUnmodifiable() {
		List<FiscalSpan> spans = FiscalSpanParser.findAll("令和6年度");
		assertThat(spans).isUnmodifiable();
	}
}
