package org.mokuhyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditLoadTest {

	@Test
	void eachPersonAppendsToOneFilledLineOfTheMissionsAndKeepsTheOthers() {
		String missions = "安心・安全\n\n窓口の向上 \n人権文化";

		assertEquals("安心・安全[u3-n1]\n\n窓口の向上 \n人権文化", EditLoad.append(missions, 3, "[u3-n1]"));
		assertEquals("安心・安全\n\n窓口の向上[u4-n2]\n人権文化", EditLoad.append(missions, 4, "[u4-n2]"));
		assertEquals("[u1-n1]", EditLoad.append("", 1, "[u1-n1]"));
	}
}
