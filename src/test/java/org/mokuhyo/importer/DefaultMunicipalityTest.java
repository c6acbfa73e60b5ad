package org.mokuhyo.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

class DefaultMunicipalityTest {

	private final DefaultMunicipality toyonaka = new DefaultMunicipality("豊中市", "272035");

	@Test
	void fillsInTheDefaultWhereTheOptionsNameNoMunicipality() {
		assertEquals(new ImportOptions(2024, "豊中市", "272035"), toyonaka.applyTo(new ImportOptions(2024, null, null)));
		assertEquals(new ImportOptions(null, "豊中市", "272035"), toyonaka.applyTo(null));
		assertEquals(new ImportOptions(null, "豊中市", "272035"), toyonaka.applyTo(new ImportOptions(null, " ", "")));
	}

	@Test
	void theDefaultCodeOnlyGoesWithTheDefaultName() {
		assertEquals(new ImportOptions(null, "吹田市", null), toyonaka.applyTo(new ImportOptions(null, "吹田市", null)));
		assertEquals(new ImportOptions(null, "豊中市", "999999"),
				toyonaka.applyTo(new ImportOptions(null, "豊中市", "999999")));
	}

	@Test
	void readsTheConfiguration() {
		MockEnvironment environment = new MockEnvironment()
				.withProperty("mokuhyo.default-municipality.name", "吹田市")
				.withProperty("mokuhyo.default-municipality.code", "");
		assertEquals(new DefaultMunicipality("吹田市", null), DefaultMunicipality.from(environment));
	}

	/** Spring Boot reads .properties as ISO-8859-1: a raw 豊中市 there would arrive as mojibake. */
	@Test
	void theShippedDefaultIsToyonaka() throws Exception {
		PropertySource<?> shipped = new PropertiesPropertySourceLoader()
				.load("application", new ClassPathResource("application.properties"))
				.get(0);
		assertEquals("豊中市", shipped.getProperty("mokuhyo.default-municipality.name").toString());
		assertEquals("272035", shipped.getProperty("mokuhyo.default-municipality.code").toString());
	}
}
