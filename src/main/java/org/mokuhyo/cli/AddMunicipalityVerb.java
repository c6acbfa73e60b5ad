package org.mokuhyo.cli;

import java.util.List;
import java.util.Set;

import org.mokuhyo.organization.MunicipalityChangeRefusedException;
import org.mokuhyo.organization.MunicipalityMaintenance;

/**
 * {@code add-municipality 名前 --code 272035}: registers a municipality before its first administrator
 * ({@code create-admin --municipality 名前}) or import; a municipality without a code gets this one.
 */
final class AddMunicipalityVerb implements Verb {

	@Override
	public String name() {
		return "add-municipality";
	}

	@Override
	public String usage() {
		return """
				  java -jar mokuhyo.jar add-municipality 自治体名 --code 272035
				      自治体を全国地方公共団体コード（6桁、検査数字付き）とともに登録します。コードのない自治体にはコードを付けます。
				""";
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException, InputException {
		Arguments arguments = Arguments.parse(args, Set.of("code"));
		try (VerbContext context = terminal.open()) {
			List<String> positional = arguments.positional();
			if (positional.size() != 1) {
				throw new UsageException(positional.isEmpty() ? "自治体の名前を指定してください" : "自治体の名前は一つだけ指定してください");
			}
			try {
				MunicipalityMaintenance.Registered done = context.bean(MunicipalityMaintenance.class)
					.register(positional.get(0), arguments.required("code"));
				terminal.out().println((done.stored() ? "登録しました: " : "登録済みです（変更なし）: ")
						+ done.municipality().name() + " (" + done.municipality().code() + ")");
			}
			catch (MunicipalityChangeRefusedException ex) {
				throw new InputException("登録できません: " + ex.getMessage());
			}
		}
		return 0;
	}
}
