package org.mokuhyo.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mokuhyo.progress.ProgressStatus.AT_RISK;
import static org.mokuhyo.progress.ProgressStatus.DELAYED;
import static org.mokuhyo.progress.ProgressStatus.DONE;
import static org.mokuhyo.progress.ProgressStatus.NOT_STARTED;
import static org.mokuhyo.progress.ProgressStatus.ON_TRACK;
import static org.mokuhyo.progress.ProgressStatus.STOPPED;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RollUpTest {

	private static RollUp.Summary of(ProgressStatus... parts) {
		return RollUp.of(Arrays.asList(parts));
	}

	@Test
	void theWorstStatusWins() {
		assertThat(of(ON_TRACK, DELAYED, AT_RISK).status()).isEqualTo(DELAYED);
		assertThat(of(ON_TRACK, AT_RISK, DONE).status()).isEqualTo(AT_RISK);
		assertThat(of(ON_TRACK, NOT_STARTED).status()).isEqualTo(NOT_STARTED);
		assertThat(of(DONE, ON_TRACK).status()).isEqualTo(ON_TRACK);
	}

	@Test
	void stoppedIsLeftOutAndAllDoneIsDone() {
		RollUp.Summary summary = of(DONE, STOPPED, DONE);
		assertThat(summary.status()).isEqualTo(DONE);
		assertThat(summary.done()).isEqualTo(2);
		assertThat(summary.counted()).isEqualTo(2);
		assertThat(summary.percentDone()).isEqualTo(100);
		assertThat(of(STOPPED, STOPPED).status()).isEqualTo(STOPPED);
		assertThat(of(STOPPED, STOPPED).percentDone()).isNull();
	}

	@Test
	void nothingReportedIsUnreportedAndAMissingUpdateCountsAsNotStarted() {
		assertThat(of(null, null).status()).isNull();
		assertThat(of(null, null).label()).isEqualTo("未報告");
		assertThat(RollUp.of(List.of()).label()).isEqualTo("未報告");
		RollUp.Summary partly = of(DONE, null, DONE);
		assertThat(partly.status()).as("a missing update never makes a goal look better").isEqualTo(NOT_STARTED);
		assertThat(partly.done()).isEqualTo(2);
		assertThat(partly.counted()).isEqualTo(3);
		assertThat(partly.percentDone()).isEqualTo(67);
	}

	@Test
	void goalsRollUpToTheSheetByTheSameRule() {
		RollUp.Summary goal1 = of(DONE, DONE);
		RollUp.Summary goal2 = of(ON_TRACK, AT_RISK);
		RollUp.Summary goal3 = of(STOPPED);
		RollUp.Summary sheet = RollUp.ofSummaries(List.of(goal1, goal2, goal3));
		assertThat(sheet.status()).isEqualTo(AT_RISK);
		assertThat(sheet.done()).isEqualTo(1);
		assertThat(sheet.counted()).isEqualTo(2);
		assertThat(sheet.label()).isEqualTo("遅れ気味");
	}

	@Test
	void actualsAreNumbersAtLeastZeroAsTyped() {
		assertThat(Progresses.parseActual("1,200")).isEqualByComparingTo("1200");
		assertThat(Progresses.parseActual("１，２００")).isEqualByComparingTo("1200");
		assertThat(Progresses.parseActual(" 12.5 ")).isEqualByComparingTo(new BigDecimal("12.5"));
		assertThat(Progresses.parseActual("０")).isEqualByComparingTo("0");
		assertThat(Progresses.parseActual("-5")).isNull();
		assertThat(Progresses.parseActual("たくさん")).isNull();
		assertThat(Progresses.parseActual("1,20")).isNull();
	}
}
