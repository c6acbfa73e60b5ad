package org.mokuhyo.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The description of a CSV file's columns, as a CSV on the Web (W3C CSVW) metadata document: {@code goals.csv} is
 * described by {@code goals.csv-metadata.json} (name, Japanese title, datatype, list separator, description of
 * every column; UTF-8 with BOM, CRLF, one header row). Made from the same {@link Column} lists the files are
 * written with, so the two cannot disagree.
 */
@Component
public class CsvMetadata {

	private final JsonMapper json;

	CsvMetadata(JsonMapper json) {
		this.json = json;
	}

	/** The metadata of {@code fileName} (a level's file or a code list's CSV), or null when there is no such file. */
	public byte[] of(String fileName) {
		CsvLevel level = CsvLevel.byFileName(fileName);
		if (level != null) {
			return document(level.fileName(), level.title(), level.columns());
		}
		CodeLists.Kind kind = fileName.endsWith(".csv")
				? CodeLists.Kind.byBaseName(fileName.substring(0, fileName.length() - 4)) : null;
		return kind == null ? null : document(fileName, kind.title(), kind.columns());
	}

	private byte[] document(String url, String title, List<Column> columns) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("@context", List.of("http://www.w3.org/ns/csvw", Map.of("@language", "ja")));
		doc.put("url", url);
		doc.put("dc:title", title);
		doc.put("dc:license", Map.of("@id", Licence.URL));
		doc.put("dialect", Map.of("encoding", "utf-8", "lineTerminators", List.of("\r\n"), "header", true,
				"headerRowCount", 1, "doubleQuote", true));
		doc.put("notes", List.of("見出しは日本語（既定）。?header=en で英語の列名（name）を見出しにした同じファイルになります。"));
		doc.put("tableSchema", Map.of("columns", columns.stream().map(CsvMetadata::column).toList()));
		return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
	}

	private static Map<String, Object> column(Column column) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("name", column.name());
		c.put("titles", Map.of("ja", column.title(), "en", column.name()));
		c.put("datatype", column.datatype());
		if (column.separator() != null) {
			c.put("separator", column.separator());
		}
		c.put("dc:description", column.description());
		return c;
	}
}
