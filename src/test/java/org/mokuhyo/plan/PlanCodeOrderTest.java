package org.mokuhyo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanCodeOrderTest {

	@Test
	void codesSortByNumberPartByPartWithEachNodeBeforeTheNodesUnderIt() {
		List<String> expected = List.of("2", "2-1", "2-1-(2)", "2-1-(10)", "2-10", "5", "5-1-(3)", "10", "10-1");
		List<String> shuffled = new ArrayList<>(expected);
		Collections.reverse(shuffled);
		shuffled.sort(PlanCode.ORDER);
		assertThat(shuffled).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest
	@CsvSource({ "5, 0", "5-1, 1", "5-1-(3), 2", "12-3-(10), 2" })
	void theDepthIsTheNumberOfPartsLessOne(String code, int depth) {
		assertThat(PlanCode.depth(code)).isEqualTo(depth);
	}
}
