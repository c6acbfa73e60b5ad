package org.mokuhyo.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mokuhyo.organization.MunicipalityChangeRefusedException;
import org.mokuhyo.organization.MunicipalityMaintenance;
import org.mokuhyo.organization.MunicipalityRow;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The deployment operator's verbs for the municipalities one deployment serves: {@code municipalities} lists them
 * with what they hold (tab-separated, a header line), {@code add-municipality 名前 --code 272035} registers one
 * before its first administrator ({@code create-admin --municipality 名前}) or import.
 */
final class MunicipalityVerbs {

	private final PrintStream out;

	MunicipalityVerbs(PrintStream stdout) {
		this.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
	}

	void list(ConfigurableApplicationContext context, Arguments arguments) throws UsageException {
		arguments.noPositional();
		List<MunicipalityRow> rows = context.getBean(MunicipalityMaintenance.class).list();
		out.println("全国地方公共団体コード\t名前\t部局\tシート\t公開シート\t利用者");
		for (MunicipalityRow row : rows) {
			out.println(String.join("\t", row.municipality().code() == null ? "（未登録）" : row.municipality().code(),
					row.municipality().name(), String.valueOf(row.departments()), String.valueOf(row.sheets()),
					String.valueOf(row.publishedSheets()), String.valueOf(row.users())));
		}
	}

	void add(ConfigurableApplicationContext context, Arguments arguments) throws UsageException, InputException {
		List<String> positional = arguments.positional();
		if (positional.size() != 1) {
			throw new UsageException(positional.isEmpty() ? "自治体の名前を指定してください" : "自治体の名前は一つだけ指定してください");
		}
		try {
			MunicipalityMaintenance.Registered done = context.getBean(MunicipalityMaintenance.class)
				.register(positional.get(0), arguments.required("code"));
			out.println((done.stored() ? "登録しました: " : "登録済みです（変更なし）: ") + done.municipality().name() + " ("
					+ done.municipality().code() + ")");
		}
		catch (MunicipalityChangeRefusedException ex) {
			throw new InputException("登録できません: " + ex.getMessage());
		}
	}
}
