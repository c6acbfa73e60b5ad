package org.mokuhyo.cli;

import java.util.Set;

import org.mokuhyo.organization.MunicipalityMaintenance;
import org.mokuhyo.organization.MunicipalityRow;

/**
 * {@code municipalities}: the deployment's municipalities with what they hold, tab-separated under a header line.
 */
final class MunicipalitiesVerb implements Verb {

	@Override
	public String name() {
		return "municipalities";
	}

	@Override
	public String usage() {
		return """
				  java -jar mokuhyo.jar municipalities
				      この環境の自治体を、コード・名前・部局数・シート数・公開シート数・利用者数の表（タブ区切り）で出します。
				""";
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException {
		Arguments.parse(args, Set.of()).noPositional();
		try (VerbContext context = terminal.open()) {
			terminal.out().println("全国地方公共団体コード\t名前\t部局\tシート\t公開シート\t利用者");
			for (MunicipalityRow row : context.bean(MunicipalityMaintenance.class).list()) {
				terminal.out().println(String.join("\t",
						row.municipality().code() == null ? "（未登録）" : row.municipality().code(), row.municipality().name(),
						String.valueOf(row.departments()), String.valueOf(row.sheets()),
						String.valueOf(row.publishedSheets()), String.valueOf(row.users())));
			}
		}
		return 0;
	}
}
