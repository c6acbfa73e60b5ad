package org.mokuhyo.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanCatalogTest {

	@ParameterizedTest
	@CsvSource(value = { "5-1-(3), 5-1", "5-1, 5", "5, NULL", "12-3-(10), 12-3" }, nullValues = "NULL")
	void theParentIsTheCodeWithoutItsLastPart(String code, String parent) {
		assertEquals(parent, PlanCatalog.parentCode(code));
	}
}
