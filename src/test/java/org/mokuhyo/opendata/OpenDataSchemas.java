package org.mokuhyo.opendata;

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
 * The published JSON Schemas of the open data (sheets.schema.json, which refers to sheet.schema.json by its
 * address, and codes.schema.json), loaded by the networknt validator as a third-party client would, the schemas'
 * addresses mapped to the files the application serves.
 */
public final class OpenDataSchemas {

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder.schemaIdResolvers(r -> r.mapPrefix("https://mokuhyo.org/schemas/",
					"classpath:static/schemas/")));

	private OpenDataSchemas() {
	}

	public static List<String> sheetsViolations(JsonNode json) {
		return violations("sheets.schema.json", json);
	}

	public static List<String> codesViolations(JsonNode json) {
		return violations("codes.schema.json", json);
	}

	private static List<String> violations(String file, JsonNode json) {
		try (InputStream in = OpenDataSchemas.class.getResourceAsStream("/static/schemas/" + file)) {
			Schema schema = REGISTRY.getSchema(in);
			return schema.validate(json).stream().map(Error::toString).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
