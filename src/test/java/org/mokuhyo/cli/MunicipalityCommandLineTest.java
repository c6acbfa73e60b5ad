package org.mokuhyo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.FreeCodes;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The operator's verbs for the municipalities of a deployment ({@code add-municipality}, {@code municipalities},
 * {@code create-admin --code}), run in-process on the test's context (the
 * accounts family's run as a separate process is in CommandLineTest).
 */
@IntegrationTest
class MunicipalityCommandLineTest {

	@TempDir
	Path dir;

	@Autowired
	Organizations organizations;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationContext context;

	private JarRun run(String... args) {
		return VerbRun.of(context, List.of(args));
	}

	@Test
	void addMunicipalityRegistersOnceChecksTheCodeAndTheListShowsIt() throws Exception {
		new TestUsers(accounts, organizations).admin(); // 豊中市 with 272035
		String name = WebTestSupport.unique("登録市");
		String code = FreeCodes.code(organizations);

		JarRun added = run("add-municipality", name, "--code", code);
		assertThat(added.exit()).as(added.err()).isZero();
		assertThat(added.out()).contains("登録しました: " + name + " (" + code + ")");
		assertThat(organizations.findMunicipalityByCode(code).orElseThrow().name()).isEqualTo(name);

		JarRun again = run("add-municipality", name, "--code", code);
		assertThat(again.exit()).as(again.err()).isZero();
		assertThat(again.out()).contains("登録済みです（変更なし）");

		String other = WebTestSupport.unique("誤記市");
		JarRun wrongDigit = run("add-municipality", other, "--code", code.substring(0, 5) + ((code.charAt(5) - '0' + 1) % 10));
		assertThat(wrongDigit.exit()).isEqualTo(1);
		assertThat(wrongDigit.err()).contains("検査数字が合いません").contains("の検査数字は " + code.charAt(5));
		JarRun taken = run("add-municipality", other, "--code", "272035");
		assertThat(taken.exit()).isEqualTo(1);
		assertThat(taken.err().strip()).isEqualTo("登録できません: 全国地方公共団体コード 272035 は「豊中市」のコードとして登録されています。");
		assertThat(organizations.findMunicipality(other)).isEmpty();

		JarRun noCode = run("add-municipality", other);
		assertThat(noCode.exit()).isEqualTo(2);
		assertThat(noCode.err()).contains("--code");

		JarRun list = run("municipalities");
		assertThat(list.exit()).as(list.err()).isZero();
		List<String> lines = list.out().lines().toList();
		assertThat(lines.get(0)).isEqualTo("全国地方公共団体コード\t名前\t部局\tシート\t公開シート\t利用者");
		assertThat(lines).contains(code + "\t" + name + "\t0\t0\t0\t0");
		assertThat(lines).anyMatch(line -> line.startsWith("272035\t豊中市\t"));
	}

	@Test
	void createAdminWithACodeRegistersBothOrNeither() throws Exception {
		String name = WebTestSupport.unique("新設市");
		String code = FreeCodes.code(organizations);
		String username = "admin.code." + java.util.UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> password = Map.of("MOKUHYO_ADMIN_PASSWORD", "code-password-1234");

		JarRun refused = VerbRun.of(context,
				List.of("create-admin", username, "--municipality", name, "--code", "12345x"), password, "");
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err()).contains("6桁の数字");
		assertThat(accounts.findByUsername(username)).isEmpty();
		assertThat(organizations.findMunicipality(name)).isEmpty();

		JarRun created = VerbRun.of(context,
				List.of("create-admin", username, "--municipality", name, "--code", code), password, "");
		assertThat(created.exit()).as(created.err()).isZero();
		assertThat(accounts.findByUsername(username).orElseThrow().municipality()).isEqualTo(name);
		assertThat(organizations.findMunicipalityByCode(code).orElseThrow().name()).isEqualTo(name);

		// the municipality registers, then the taken user name refuses the administrator: neither is kept
		String later = WebTestSupport.unique("後続市");
		String laterCode = FreeCodes.code(organizations);
		JarRun taken = VerbRun.of(context,
				List.of("create-admin", username, "--municipality", later, "--code", laterCode), password, "");
		assertThat(taken.exit()).isEqualTo(1);
		assertThat(taken.err()).contains("すでに使われています");
		assertThat(organizations.findMunicipality(later)).isEmpty();
		assertThat(organizations.findMunicipalityByCode(laterCode)).isEmpty();
	}
}
