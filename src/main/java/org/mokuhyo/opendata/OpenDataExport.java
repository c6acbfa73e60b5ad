package org.mokuhyo.opendata;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.mokuhyo.portal.PublishedSnapshot;
import org.mokuhyo.portal.PublishedSnapshots;
import org.mokuhyo.sheet.SheetData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the open-data files of a scope to a stream as the published snapshots are read, one sheet at a time: the
 * sheets' JSON ({@code sheets.json}), a CSV file per {@link CsvLevel}, or all CSV files in one zip. Nothing of a
 * whole year is kept in memory; the caller's stream gets the bytes as they are made.
 */
@Service
public class OpenDataExport {

	/** The version of the wrapper format (sheets.schema.json); the sheets inside follow sheet.schema.json. */
	public static final int FORMAT_VERSION = 1;

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME
		.withZone(ZoneId.of("Asia/Tokyo"));

	private final PublishedSnapshots snapshots;

	private final JsonMapper json;

	private final TransactionTemplate consistentRead;

	OpenDataExport(PublishedSnapshots snapshots, JsonMapper json, PlatformTransactionManager transactions) {
		this.snapshots = snapshots;
		this.json = json;
		this.consistentRead = new TransactionTemplate(transactions);
		this.consistentRead.setReadOnly(true);
		// the zip reads the snapshots once per file: every pass must see the same publications
		this.consistentRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * The wrapper object: format, municipality, fiscal year, licence, and {@code sheets}, each with its publication
	 * and the sheet in the sheet format, every target carrying its derived id.
	 *
	 * @return the number of sheets written
	 */
	public long writeJson(OpenDataScope scope, OutputStream out) {
		try (JsonGenerator generator = json.createGenerator(new Unclosed(out))) {
			generator.writeStartObject();
			generator.writeStringProperty("format", "mokuhyo-open-data");
			generator.writeNumberProperty("formatVersion", FORMAT_VERSION);
			generator.writeStringProperty("municipality", scope.municipality());
			generator.writeStringProperty("municipalityCode", scope.municipalityCode());
			generator.writeName("fiscalYear");
			if (scope.fiscalYear() == null) {
				generator.writeNull();
			}
			else {
				generator.writeNumber(scope.fiscalYear());
			}
			generator.writeName("license");
			generator.writeStartObject();
			generator.writeStringProperty("id", Licence.ID);
			generator.writeStringProperty("name", Licence.NAME);
			generator.writeStringProperty("url", Licence.URL);
			generator.writeStringProperty("attribution", Licence.attribution(scope.municipality()));
			generator.writeEndObject();
			generator.writeArrayPropertyStart("sheets");
			long count = snapshots.forEach(scope.municipalityId(), scope.fiscalYear(), p -> {
				generator.writeStartObject();
				generator.writeStringProperty("sheetId", p.sheetId().toString());
				generator.writeNumberProperty("publishedVersion", p.publishedVersion());
				generator.writeStringProperty("publishedAt", TIMESTAMP.format(p.publishedAt()));
				generator.writeStringProperty("asOf", p.asOf() == null ? null : p.asOf().toString());
				generator.writeStringProperty("phase", p.phase().name());
				generator.writeStringProperty("attribution",
						Licence.attribution(p.municipality(), p.department(), p.fiscalYear()));
				generator.writeName("sheet");
				generator.writeTree(withTargetIds((ObjectNode) json.readTree(p.json())));
				generator.writeEndObject();
			});
			generator.writeEndArray();
			generator.writeEndObject();
			return count;
		}
	}

	/**
	 * One CSV file: the header (Japanese titles, or with {@code english} the column names), then a row per record
	 * of every published sheet of the scope.
	 *
	 * @return the number of data rows
	 */
	public long writeCsv(CsvLevel level, OpenDataScope scope, boolean english, OutputStream out) {
		CsvOut csv = new CsvOut(out);
		csv.record(level.header(english));
		long[] rows = { 0 };
		snapshots.forEach(scope.municipalityId(), scope.fiscalYear(), p -> level.rows(sheet(p), row -> {
			csv.record(row);
			rows[0]++;
		}));
		csv.flush();
		return rows[0];
	}

	/** Every CSV file of the scope in one zip, each as {@link #writeCsv} writes it, from one consistent read. */
	public void writeZip(OpenDataScope scope, boolean english, OutputStream out) {
		consistentRead.executeWithoutResult(status -> {
			try {
				ZipOutputStream zip = new ZipOutputStream(new Unclosed(out));
				for (CsvLevel level : CsvLevel.values()) {
					ZipEntry entry = new ZipEntry(level.fileName());
					entry.setTime(0); // the same data makes the same bytes (and so the same size)
					zip.putNextEntry(entry);
					writeCsv(level, scope, english, new Unclosed(zip));
					zip.closeEntry();
				}
				zip.finish();
				zip.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** The snapshot as the sheet model (the CSV's source). */
	private OpenDataSheet sheet(PublishedSnapshot p) {
		return new OpenDataSheet(p, json.readValue(p.json(), SheetData.class));
	}

	/** Adds {@code id} to every target (annual goals' actions and their sub-points): see {@link DerivedIds}. */
	private static JsonNode withTargetIds(ObjectNode sheet) {
		for (JsonNode goal : sheet.path("annualGoals")) {
			for (JsonNode item : goal.path("items")) {
				for (JsonNode action : item.path("actions")) {
					String actionId = action.path("id").asString(null);
					if (actionId == null) {
						continue;
					}
					java.util.UUID id = java.util.UUID.fromString(actionId);
					identify(action.path("targets"), id, -1);
					int sub = 0;
					for (JsonNode subItem : action.path("subItems")) {
						identify(subItem.path("targets"), id, sub++);
					}
				}
			}
		}
		return sheet;
	}

	private static void identify(JsonNode targets, java.util.UUID actionId, int subItem) {
		int position = 0;
		for (JsonNode target : targets) {
			if (target instanceof ObjectNode object) {
				object.put("id", DerivedIds.target(actionId, subItem, position).toString());
			}
			position++;
		}
	}

	/** Lets a writer close its own layer without closing the caller's stream (a response, a zip entry). */
	static final class Unclosed extends FilterOutputStream {

		Unclosed(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
