package org.mokuhyo.cli;

import java.util.List;
import java.util.Set;

import org.mokuhyo.account.AccountException;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.importer.DefaultMunicipality;
import org.mokuhyo.organization.MunicipalityChangeRefusedException;
import org.mokuhyo.organization.MunicipalityMaintenance;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code create-admin NAME [--municipality M] [--code C] [--display-name D]}: the first administrator, the password
 * from the environment or stdin ({@link AdminPassword}); with {@code --code} the municipality registered with it,
 * both or neither.
 */
final class CreateAdminVerb implements Verb {

	@Override
	public String name() {
		return "create-admin";
	}

	@Override
	public String usage() {
		return """
				  java -jar mokuhyo.jar create-admin ユーザー名 [--municipality 豊中市] [--code 272035] [--display-name 表示名]
				      最初の管理者を作ります。パスワードは環境変数 MOKUHYO_ADMIN_PASSWORD、なければ標準入力から読みます (12文字以上)。
				      --code を付けると自治体をそのコードで登録してから作ります。
				""";
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException, InputException {
		Arguments arguments = Arguments.parse(args, Set.of("municipality", "code", "display-name"));
		List<String> positional = arguments.positional();
		if (positional.size() != 1) {
			throw new UsageException(positional.isEmpty() ? "ユーザー名を指定してください" : "ユーザー名は一つだけ指定してください");
		}
		String username = positional.get(0);
		String password = AdminPassword.read(terminal.environment().apply(AdminPassword.VARIABLE), terminal.console(),
				terminal.stdin());
		try (VerbContext context = terminal.open()) {
			DefaultMunicipality defaults = DefaultMunicipality.from(context.environment());
			String municipality = context.municipality(arguments);
			String defaultCode = municipality.equals(defaults.name()) ? defaults.code() : null;
			String typedCode = arguments.option("code");
			// the municipality registered with its code and its administrator: both, or neither
			try {
				long id = new TransactionTemplate(context.bean(PlatformTransactionManager.class)).execute(tx -> {
					String code = typedCode == null ? defaultCode
							: context.bean(MunicipalityMaintenance.class).register(municipality, typedCode).municipality().code();
					return context.bean(Accounts.class)
						.createAdministrator(username, arguments.option("display-name"), password, municipality, code);
				});
				terminal.out().println("管理者を作成しました: %s (%s, id %d)".formatted(username, municipality, id));
			}
			catch (AccountException | MunicipalityChangeRefusedException ex) {
				throw new InputException("作成できません: " + ex.getMessage());
			}
		}
		return 0;
	}
}
