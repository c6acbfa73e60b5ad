package org.mokuhyo.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * The published JSON Schema of the sheet format, for tests to validate every export against.
 */
public final class SheetSchema {

	private static final Schema SCHEMA = load();

	private SheetSchema() {
	}

	private static Schema load() {
		try (InputStream in = SheetSchema.class.getResourceAsStream("/static/schemas/sheet.schema.json")) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The schema violations of a sheet JSON, empty when valid. */
	public static List<String> violations(JsonNode sheetJson) {
		return SCHEMA.validate(sheetJson).stream().map(Error::toString).toList();
	}
}
