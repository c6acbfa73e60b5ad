package org.mokuhyo.opendata;

import org.mokuhyo.kernel.Era;

/**
 * The licence of the open data: CC BY 4.0, crediting the municipality that wrote the sheets (表示: 出典の記載).
 */
public final class Licence {

	public static final String ID = "CC-BY-4.0";

	public static final String NAME = "クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0)";

	public static final String URL = "https://creativecommons.org/licenses/by/4.0/deed.ja";

	private Licence() {
	}

	/** The credit a reuse must give, e.g. 出典：豊中市「部局長の目標」. */
	public static String attribution(String municipality) {
		return "出典：" + (municipality == null ? "各地方公共団体" : municipality) + "「部局長の目標」";
	}

	/** The credit for one sheet, e.g. 出典：豊中市「部局長の目標」（市民協働部、令和6年度）. */
	static String attribution(String municipality, String department, int fiscalYear) {
		return attribution(municipality) + "（" + department + "、" + Era.fiscalYearLabel(fiscalYear) + "）";
	}
}
