package org.mokuhyo.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetParserTest {

	/** A text with exactly one target. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"参加者数4,000人|参加者数|4000|人|null|参加者数4,000人",
			"通年実施、出前講座等参加者数4,000人|出前講座等参加者数|4000|人|null|出前講座等参加者数4,000人",
			"女性活躍推進事業者認証制度の周知・啓発（認証事業者10社）[拡充]|認証事業者|10|社|null|認証事業者10社",
			"連携・協働による平和啓発（平和展示室来館者数 10,000人/年）|平和展示室来館者数|10000|人|年|平和展示室来館者数 10,000人/年",
			"人権問題事業者学習会（7月 参加者：150人）|参加者|150|人|null|参加者：150人",
			"選定評価委員会2回（1月～3月）令和7年度（2025年度）継続|選定評価委員会|2|回|null|選定評価委員会2回",
			"参加者数４，０００人|参加者数|4000|人|null|参加者数４，０００人",
			"参加者：１５０人|参加者|150|人|null|参加者：１５０人",
			"来館者数10,000人／年|来館者数|10000|人|年|来館者数10,000人／年",
			"相談件数 300件/月|相談件数|300|件|月|相談件数 300件/月",
			"研修5回/年度|研修|5|回|年度|研修5回/年度",
			"来館者数年間10,000人|来館者数|10000|人|年|来館者数年間10,000人",
			"講座 毎月2回|講座|2|回|月|講座 毎月2回",
			"参加者 約500人|参加者|500|人|null|参加者 約500人",
			"約500人|null|500|人|null|約500人",
			"年2回|null|2|回|年|年2回",
			"参加者約500人|参加者|500|人|null|参加者約500人",
			"目標は1,234,567円|目標|1234567|円|null|目標は1,234,567円",
			"予算 500千円|予算|500|千円|null|予算 500千円",
			"補助 30万円|補助|30|万円|null|補助 30万円",
			"達成率80%|達成率|80|%|null|達成率80%",
			"達成率８５．５％|達成率|85.5|%|null|達成率８５．５％",
			"満足度 1.50%|満足度|1.50|%|null|満足度 1.50%",
			"加入団体30団体|加入団体|30|団体|null|加入団体30団体",
			"実施校12校|実施校|12|校|null|実施校12校",
			"設置3か所|設置|3|か所|null|設置3か所",
			"設置3カ所|設置|3|カ所|null|設置3カ所",
			"設置3ヶ所|設置|3|ヶ所|null|設置3ヶ所",
			"設置3箇所|設置|3|箇所|null|設置3箇所",
			"対象8施設|対象|8|施設|null|対象8施設",
			"配布1,000部|配布|1000|部|null|配布1,000部",
			"蔵書200冊|蔵書|200|冊|null|蔵書200冊",
			"支援世帯50世帯|支援世帯|50|世帯|null|支援世帯50世帯",
			"登録20事業者|登録|20|事業者|null|登録20事業者",
			"相談員3名|相談員|3|名|null|相談員3名",
			"動画10本|動画|10|本|null|動画10本",
			"協力5店舗|協力|5|店舗|null|協力5店舗",
			"研修12時間|研修|12|時間|null|研修12時間",
			"開催3日|開催|3|日|null|開催3日",
			"第5期事業者10社|第5期事業者|10|社|null|第5期事業者10社",
			"(10人)|null|10|人|null|10人",
			"3歳児100人|3歳児|100|人|null|3歳児100人" })
	void findsOneTarget(String text, String label, String value, String unit, String per, String wording) {
		assertThat(TargetParser.findAll(text)).containsExactly(
				new Target(label, new BigDecimal(value), unit, per, wording));
	}

	@Test
	void valueIsPlain() {
		Target target = TargetParser.findAll("参加者数4,000人").get(0);
		assertThat(target.value().toPlainString()).isEqualTo("4000");
		assertThat(target.value().scale()).isZero();
	}

	@Test
	void findsSeveralTargetsWithoutSharingLabels() {
		assertThat(TargetParser.findAll("参加者100人、団体10団体 講座5回")).containsExactly(
				new Target("参加者", new BigDecimal("100"), "人", null, "参加者100人"),
				new Target("団体", new BigDecimal("10"), "団体", null, "団体10団体"),
				new Target("講座", new BigDecimal("5"), "回", null, "講座5回"));
		assertThat(TargetParser.findAll("参加者100人講座5回")).containsExactly(
				new Target("参加者", new BigDecimal("100"), "人", null, "参加者100人"),
				new Target("講座", new BigDecimal("5"), "回", null, "講座5回"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "令和7年度", "令和７年度（２０２５年度）", "2025年度", "50周年", "豊中市・沖縄市兄弟都市提携50周年事業",
			"10年間", "施行から10年間の成果", "11月", "第5期", "第5期指定管理事業者業務選定", "第3次", "第3次男女共同参画計画",
			"第3回", "第１０回大会", "2回目", "3人目", "11月3日", "１１月３日", "5期", "18歳", "令和6年分所得税", "5-1- (3)",
			"10~20人", "1,0000人", "市民公益活動推進助成金(夢基金)の活用(通年)" })
	void findsNothing(String text) {
		assertThat(TargetParser.findAll(text)).isEmpty();
	}

	@Test
	void aNumberOfMoreDigitsThanAnyCountStaysText() {
		assertThat(TargetParser.findAll("参加者数" + "9".repeat(TargetParser.MAX_DIGITS) + "人")).hasSize(1);
		assertThat(TargetParser.findAll("参加者数" + "9".repeat(TargetParser.MAX_DIGITS + 1) + "人")).isEmpty();
		assertThat(TargetParser.findAll("参加者数" + "1".repeat(1001) + "人")).isEmpty();
	}
}
