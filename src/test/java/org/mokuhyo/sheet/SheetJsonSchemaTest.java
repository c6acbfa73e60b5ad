package org.mokuhyo.sheet;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class SheetJsonSchemaTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theParsedSeedIsValid() {
		SheetData sheet = SheetImporter.standard().parse(SeedFixture.bytes(), "seed.txt", new ImportOptions(null, "豊中市", "272035")).sheet();
		JsonNode json = JSON.readTree(JSON.writeValueAsString(sheet));
		assertThat(SheetSchema.violations(json)).isEmpty();
	}

	@Test
	void theSchemaCatchesABrokenSheet() {
		SheetData sheet = SheetImporter.standard().parse(SeedFixture.bytes(), "seed.txt", ImportOptions.none()).sheet();
		ObjectNode json = (ObjectNode) JSON.readTree(JSON.writeValueAsString(sheet));
		((ObjectNode) json.get("annualGoals").get(0)).put("priority", "yes");
		((ObjectNode) json.get("annualGoals").get(1).get("planLinks").get(0)).put("code", "5-1- (3)");
		json.put("renamedField", 1);
		assertThat(SheetSchema.violations(json)).hasSize(3);
	}
}
