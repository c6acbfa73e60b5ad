package org.mokuhyo.web.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SheetLimits;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The edit forms save within the sheet's limits too: a goal's notation short enough for the form's own text limit
 * but with more sub-points under one action than any sheet is refused in the form (422, TOO_COMPLEX's message), nothing saved.
 */
@IntegrationTest
class EditLimitsPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Test
	void aGoalWithMorePointsThanAnySheetIsRefusedInTheForm() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		String department = WebTestSupport.unique("限度編集部");
		UUID id = store.save(SampleSheets.full(department, 2024), List.of(), "seed.txt", Change.importBy(null, "取込 一郎"))
			.id();
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(users.editor(department));
		String base = web.get("/sheets/" + id + "/edit/goals/1")
			.document()
			.selectFirst("form.edit-form input[name=baseVersion]")
			.val();
		String items = "(1) 項目\n① 取組み\n" + IntStream.rangeClosed(1, SheetLimits.ENTRIES + 1)
			.mapToObj(i -> "・ 小" + i)
			.collect(Collectors.joining("\n"));
		assertThat(items.length()).isLessThan(SheetLimits.TEXT);

		WebTestSupport.Response refused = web.postUrlEncoded("/sheets/" + id + "/edit/goals/1",
				"title=" + WebTestSupport.encode("目標") + "&items=" + WebTestSupport.encode(items) + "&baseVersion=" + base);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.document().select("[role=alert]").text()).contains("当年度目標1の取組み内容の小項目", "多すぎます",
				"上限500件");
		assertThat(store.versions(id)).hasSize(1);
	}
}
