package org.mokuhyo.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mokuhyo.sheet.Change;

class VersionLabelsTest {

	private final VersionLabels labels = VersionLabels.INSTANCE;

	@Test
	void aSaveIsDatedInTokyoWithEraAndWesternYear() {
		// 23:30 on 31 March UTC is already the morning of 1 April in Japan
		assertThat(labels.savedAt(Instant.parse("2025-03-31T23:30:00Z"))).isEqualTo("令和7年4月1日（2025年4月1日） 8:30");
		assertThat(labels.savedAt(Instant.parse("2019-12-01T03:05:00Z"))).isEqualTo("令和元年12月1日（2019年12月1日） 12:05");
		assertThat(labels.savedAt(Instant.parse("2019-04-30T03:05:00Z"))).as("the era of the day")
			.isEqualTo("平成31年4月30日（2019年4月30日） 12:05");
		assertThat(labels.savedAt(null)).isEqualTo("—");
	}

	@Test
	void reasonsAndAuthorsInJapanese() {
		assertThat(labels.reason(Change.IMPORT)).isEqualTo("取込み");
		assertThat(labels.reason(Change.EDIT)).isEqualTo("編集");
		assertThat(labels.reason(Change.RESTORE)).isEqualTo("復元");
		assertThat(labels.reason(Change.NEXT_YEAR)).isEqualTo("次年度作成");
		assertThat(labels.reason("merge")).as("a reason added later is shown as stored, not hidden").isEqualTo("merge");
		assertThat(labels.author(null)).isEqualTo("—");
		assertThat(labels.author(" ")).isEqualTo("—");
		assertThat(labels.author("編集 花子")).isEqualTo("編集 花子");
	}
}
