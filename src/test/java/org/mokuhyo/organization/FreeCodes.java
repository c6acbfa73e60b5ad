package org.mokuhyo.organization;

import java.util.concurrent.ThreadLocalRandom;

/** Valid 全国地方公共団体コード no stored municipality has, for tests that register one (9…: no prefecture's). */
public final class FreeCodes {

	private FreeCodes() {
	}

	public static String code(Organizations organizations) {
		while (true) {
			String five = "9" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
			String code = five + MunicipalityCodes.checkDigit(five);
			if (organizations.findMunicipalityByCode(code).isEmpty()) {
				return code;
			}
		}
	}
}
