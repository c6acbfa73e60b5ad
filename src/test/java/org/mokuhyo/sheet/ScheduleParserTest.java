package org.mokuhyo.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleParserTest {

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = {
			"通年, WHOLE_YEAR, 4, 3",
			"通年実施, WHOLE_YEAR, 4, 3",
			"通年で実施, WHOLE_YEAR, 4, 3",
			"11月, MONTH, 11, 11",
			"１１月, MONTH, 11, 11",
			"4月, MONTH, 4, 4",
			"5月中, MONTH, 5, 5",
			"7~2月, RANGE, 7, 2",
			"7〜2月, RANGE, 7, 2",
			"７～２月, RANGE, 7, 2",
			"7月~2月, RANGE, 7, 2",
			"8月~2月, RANGE, 8, 2",
			"8月～2月, RANGE, 8, 2",
			"12月～3月, RANGE, 12, 3",
			"1月～3月, RANGE, 1, 3",
			"１月～３月, RANGE, 1, 3",
			"6月～11月, RANGE, 6, 11",
			"4~6月, RANGE, 4, 6",
			"4-6月, RANGE, 4, 6",
			"7月から2月, RANGE, 7, 2",
			"4~4月, RANGE, 4, 4",
			"7月から翌年2月まで, RANGE, 7, 2",
			"7月 ~ 2月, RANGE, 7, 2",
			"3~4月, UNPARSED, null, null",
			"2月~7月, UNPARSED, null, null",
			"13月, UNPARSED, null, null",
			"0月, UNPARSED, null, null",
			"4~13月, UNPARSED, null, null",
			"4月以降, FROM_MONTH, 4, 3",
			"４月以降, FROM_MONTH, 4, 3",
			"4月から, FROM_MONTH, 4, 3",
			"10月~, FROM_MONTH, 10, 3",
			"7月中に開始, STARTING_IN, 7, null",
			"7月開始, STARTING_IN, 7, null",
			"7月から開始, STARTING_IN, 7, null",
			"７月中に開始, STARTING_IN, 7, null",
			"上半期, FIRST_HALF, 4, 9",
			"上期, FIRST_HALF, 4, 9",
			"下半期, SECOND_HALF, 10, 3",
			"下期, SECOND_HALF, 10, 3",
			"第1四半期, RANGE, 4, 6",
			"第２四半期, RANGE, 7, 9",
			"第3四半期, RANGE, 10, 12",
			"第4四半期, RANGE, 1, 3" })
	void parse(String wording, ScheduleKind kind, Integer start, Integer end) {
		assertThat(ScheduleParser.parse(wording)).contains(new Schedule(wording, kind, start, end));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "' 7~2月 '|7~2月", "'　通年　'|通年", "'（通年）'|", "'8月～2月'|8月～2月" })
	void parseKeepsTheWordingTrimmedNotNormalized(String wording, String text) {
		assertThat(ScheduleParser.parse(wording).map(Schedule::text)).isEqualTo(Optional.ofNullable(text));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "夢基金", "2025年度", "令和7年度", "令和6年度(2024年度)", "通年化", "普通年金", "月",
			"7月 参加者:150人", "7月、12月", "50周年", "第5期", "2回", "随時", "年度内", "(通年)", "11日" })
	void parseRejects(String wording) {
		assertThat(ScheduleParser.parse(wording)).isEmpty();
	}

	static Stream<Arguments> finds() {
		return Stream.of(
				found("市民公益活動推進助成金(夢基金)の活用(通年)", "通年", ScheduleKind.WHOLE_YEAR, 4, 3, "(通年)", true),
				found("人権問題事業者学習会（7月 参加者：150人）", "7月", ScheduleKind.MONTH, 7, 7, "（7月 参加者：150人）", false),
				found("選定評価委員会2回（1月～3月）令和7年度（2025年度）継続", "1月～3月", ScheduleKind.RANGE, 1, 3, "（1月～3月）",
						true),
				found("選定評価委員会2回（12月～3月）令和7年度継続", "12月～3月", ScheduleKind.RANGE, 12, 3, "（12月～3月）", true),
				found("中学卒業時の進路未決定者全数把握と対応 (4月以降)", "4月以降", ScheduleKind.FROM_MONTH, 4, 3, "(4月以降)", true),
				found("高校生世代の引きこもり未然防止事業の実施 (7月中に開始) [新規]", "7月中に開始", ScheduleKind.STARTING_IN, 7,
						null, "(7月中に開始)", true),
				found("塾の開講(7~2月)", "7~2月", ScheduleKind.RANGE, 7, 2, "(7~2月)", true),
				found("地域での交流事業・防災イベント（下半期）[拡充]", "下半期", ScheduleKind.SECOND_HALF, 10, 3, "（下半期）", true),
				found("兄弟都市提携50周年事業（6月～11月）[新規]", "6月～11月", ScheduleKind.RANGE, 6, 11, "（6月～11月）", true),
				found("協働催事の実施(11月)", "11月", ScheduleKind.MONTH, 11, 11, "(11月)", true),
				found("事業(７月、参加者150人)", "７月", ScheduleKind.MONTH, 7, 7, "(７月、参加者150人)", false),
				found("事業（ 通年 ）", "通年", ScheduleKind.WHOLE_YEAR, 4, 3, "（ 通年 ）", true),
				found("講座(4月)と展示(通年実施)", "通年実施", ScheduleKind.WHOLE_YEAR, 4, 3, "(通年実施)", true),
				found("見直し(3~4月)", "3~4月", ScheduleKind.UNPARSED, null, null, "(3~4月)", true),
				found("デジタルコンテンツ(応用編)の作成(上半期)", "上半期", ScheduleKind.FIRST_HALF, 4, 9, "(上半期)", true),
				found("通年実施、出前講座等参加者数4,000人", "通年", ScheduleKind.WHOLE_YEAR, 4, 3, "通年", false),
				found("通年実施", "通年", ScheduleKind.WHOLE_YEAR, 4, 3, "通年", false),
				found("相談支援を通年で実施", "通年", ScheduleKind.WHOLE_YEAR, 4, 3, "通年", false),
				found("啓発（通年、参加者100人）", "通年", ScheduleKind.WHOLE_YEAR, 4, 3, "（通年、参加者100人）", false),
				found("運用 通年", "通年", ScheduleKind.WHOLE_YEAR, 4, 3, "通年", false),
				found("令和6年度(2024年度)の事業(9月)", "9月", ScheduleKind.MONTH, 9, 9, "(9月)", true));
	}

	private static Arguments found(String text, String wording, ScheduleKind kind, Integer start, Integer end,
			String span, boolean whole) {
		return arguments(text, wording, kind, start, end, span, whole);
	}

	@ParameterizedTest
	@MethodSource("finds")
	void find(String text, String wording, ScheduleKind kind, Integer start, Integer end, String span, boolean whole) {
		ScheduleParser.Found found = ScheduleParser.find(text).orElseThrow();
		assertThat(found.schedule()).isEqualTo(new Schedule(wording, kind, start, end));
		assertThat(text.substring(found.start(), found.end())).isEqualTo(span);
		assertThat(found.start()).isEqualTo(text.lastIndexOf(span));
		assertThat(found.wholeGroup()).isEqualTo(whole);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "市民公益活動推進助成金(夢基金)の活用", "選定評価委員会2回 令和7年度（2025年度）継続",
			"令和6年度(2024年度～)", "令和7年度(2025年度)～令和8年度(2026年度)", "普通年金の案内", "通年化の検討",
			"とよなか男女共同参画推進センター条例の改正", "(参加者 7月)", "地域自治推進条例施行から10年間の成果",
			"市民向けデジタルコンテンツ(応用編)の作成・掲載[新規]" })
	void findsNothing(String text) {
		assertThat(ScheduleParser.find(text)).isEmpty();
	}
}
