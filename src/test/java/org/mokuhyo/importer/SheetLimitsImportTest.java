package org.mokuhyo.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetLimitException;
import org.mokuhyo.sheet.SheetLimits;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetWarning;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sheet's limits on every path: an import cuts an overlong text with a warning where it stands in the file and
 * refuses a file with more parts than any sheet (TOO_COMPLEX, over HTTP a 422), and a save that did not come through
 * an import (a form, a program) is refused over any limit, with nothing stored.
 */
@IntegrationTest
class SheetLimitsImportTest {

	private static final String THIRD_MISSION = "- (3) 人権文化のまちづくりを推進します。";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	SheetStore store;

	@Autowired
	JsonMapper json;

	@Test
	void anOverlongTextIsCutWithAWarningWhereItStands() {
		String text = SeedFixture.text();
		assertThat(text).contains(THIRD_MISSION);
		String longText = text.replace(THIRD_MISSION, THIRD_MISSION + "あ".repeat(25_000));
		int line = (int) text.substring(0, text.indexOf(THIRD_MISSION)).lines().count() + 1;

		ImportResult result = SheetImporter.standard()
			.parse(longText.getBytes(StandardCharsets.UTF_8), "long.txt", ImportOptions.none());

		assertThat(result.sheet().missions().get(2)).hasSize(SheetLimits.TEXT).startsWith("人権文化のまちづくり");
		List<SheetWarning> cuts = result.report().warnings().stream().filter(w -> w.code().equals("TEXT_CUT")).toList();
		assertThat(cuts).singleElement().satisfies(w -> {
			assertThat(w.line()).isEqualTo(line);
			assertThat(w.message()).contains("部局の使命", "20,000字までで切りました");
			assertThat(w.text()).startsWith("人権文化のまちづくり");
		});
	}

	@Test
	void aFileWithMorePartsThanAnySheetIsRefusedOverHttp() throws Exception {
		String many = IntStream.rangeClosed(4, SheetLimits.PARTS + 10)
			.mapToObj(i -> "- (" + i + ") 使命その" + i + "。")
			.collect(Collectors.joining("\n"));
		String department = WebTestSupport.unique("限度部");
		String text = SeedFixture.text()
			.replace("部局\t市民協働部", "部局\t" + department)
			.replace(THIRD_MISSION, THIRD_MISSION + "\n" + many);
		TestUsers users = new TestUsers(accounts, organizations);

		var response = ApiUploads.sheet(port, users.admin().basic(), text, Map.of());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("TOO_COMPLEX");
		assertThat(json.readTree(response.body()).get("detail").asString()).contains("部局の使命");
		assertThat(store.find("豊中市", department, 2024)).isEmpty();
	}

	@Test
	void aSaveOverALimitIsRefusedWhateverItsWay() {
		SheetData sheet = SampleSheets.full("限度保存部", 2032);
		SheetData longTitle = withMissions(sheet, List.of("あ".repeat(SheetLimits.TEXT + 1)));
		assertThatThrownBy(() -> store.save(longTitle, List.of(), null))
			.isInstanceOfSatisfying(SheetLimitException.class, ex -> assertThat(ex.code()).isEqualTo(SheetLimits.TOO_LONG));
		assertThat(store.find(SampleSheets.MUNICIPALITY, "限度保存部", 2032)).isEmpty();
	}

	private static SheetData withMissions(SheetData s, List<String> missions) {
		return new SheetData(s.id(), s.version(), s.municipality(), s.municipalityCode(), s.fiscalYear(),
				s.fiscalYearLabel(), s.department(), missions, s.policy(), s.annualGoals(), s.midTermGoals());
	}
}
