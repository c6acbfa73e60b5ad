package org.mokuhyo.web.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a department typed that a spreadsheet would run as a formula is defused in every open-data CSV (and the zip of
 * them), kept as written in the JSON; numbers stay numbers.
 */
@IntegrationTest
class OpenDataFormulasTest {

	private static final int YEAR = 2078;

	private static final String FORMULA = "=cmd|' /C calc'!A0";

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aFormulaInAnActionIsDefusedInTheCsvAndKeptInTheJson() throws Exception {
		String department = WebTestSupport.unique("数式部");
		SheetData sheet = SampleSheets.full(department, YEAR);
		List<AnnualGoal> goals = new ArrayList<>(sheet.annualGoals());
		AnnualGoal goal = goals.get(0);
		GoalItem item = goal.items().get(0);
		Action action = item.actions().get(0);
		List<Action> actions = new ArrayList<>(item.actions());
		actions.set(0, new Action(null, action.label(), FORMULA, action.subItems(), action.schedule(), action.tags(),
				action.targets()));
		List<GoalItem> items = new ArrayList<>(goal.items());
		items.set(0, new GoalItem(null, item.label(), "@SUM(A1:A9)", actions));
		goals.set(0, new AnnualGoal(null, goal.number(), "+" + goal.title(), goal.priority(), items, goal.planLinks(),
				goal.policyLinks(), goal.review()));
		Publish.publish(workflows, store.save(new SheetData(null, null, sheet.municipality(), sheet.municipalityCode(),
				sheet.fiscalYear(), sheet.fiscalYearLabel(), sheet.department(), sheet.missions(), sheet.policy(), goals,
				sheet.midTermGoals()), List.of(), "formula.txt").id());

		String actionsCsv = get("/open-data/" + YEAR + "/actions.csv?municipality=272035");
		assertThat(actionsCsv).contains("'" + FORMULA).doesNotContain("," + FORMULA).contains(",'@SUM(A1:A9),");
		String goalsCsv = get("/open-data/" + YEAR + "/goals.csv?municipality=272035");
		assertThat(goalsCsv).contains(",'+" + goal.title()).contains("," + YEAR + ",");
		String json = get("/open-data/" + YEAR + "/sheets.json?municipality=272035");
		assertThat(json).contains("\"" + FORMULA.replace("\\", "\\\\") + "\"").contains("\"@SUM(A1:A9)\"");
	}

	private String get(String path) throws Exception {
		HttpResponse<byte[]> response = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return new String(response.body(), StandardCharsets.UTF_8);
	}
}
