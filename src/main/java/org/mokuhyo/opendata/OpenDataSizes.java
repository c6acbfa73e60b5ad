package org.mokuhyo.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.mokuhyo.portal.PublishedSnapshots;
import org.springframework.stereotype.Service;

/**
 * The size of every file of a scope, for the downloads page. Measured by writing each file to a
 * {@link CountingStream} (the zip too: its size depends on how well the data compresses) and kept per municipality
 * and year with the read model's {@link PublishedSnapshots#stamp stamp}: a publication, a withdrawal or a new
 * published version anywhere in the year changes the stamp, and the next page view measures again. The stamp is
 * one aggregate query, so this holds across processes (a command-line import next to the server) without events.
 */
@Service
public class OpenDataSizes {

	/** The name of the zip of every CSV file of a scope. */
	public static final String ZIP = "csv.zip";

	public static final String JSON = "sheets.json";

	/** A file of the scope: its name, bytes, and the rows (sheets for the JSON; null for the zip). */
	public record FileSize(String name, long bytes, Long rows) {
	}

	/** The files of one scope and how many published sheets they hold. */
	public record ScopeFiles(Integer fiscalYear, long sheets, List<FileSize> files) {

		public FileSize file(String name) {
			return files.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
		}
	}

	private record Key(Long municipalityId, Integer fiscalYear) {
	}

	private record Measured(String stamp, String municipalityCode, ScopeFiles files) {
	}

	private final OpenDataExport export;

	private final PublishedSnapshots snapshots;

	private final Map<Key, Measured> measured = new ConcurrentHashMap<>();

	OpenDataSizes(OpenDataExport export, PublishedSnapshots snapshots) {
		this.export = export;
		this.snapshots = snapshots;
	}

	/** The files of the scope with their sizes (Japanese headers, as the page links them). */
	public ScopeFiles of(OpenDataScope scope) {
		Key key = new Key(scope.municipalityId(), scope.fiscalYear());
		String stamp = snapshots.stamp(scope.municipalityId(), scope.fiscalYear());
		Measured known = measured.get(key);
		if (known != null && known.stamp().equals(stamp)
				&& Objects.equals(known.municipalityCode(), scope.municipalityCode())) {
			return known.files();
		}
		ScopeFiles files = measure(scope);
		measured.put(key, new Measured(stamp, scope.municipalityCode(), files));
		return files;
	}

	private ScopeFiles measure(OpenDataScope scope) {
		List<FileSize> files = new ArrayList<>();
		CountingStream json = new CountingStream();
		long sheets = export.writeJson(scope, json);
		files.add(new FileSize(JSON, json.count(), sheets));
		for (CsvLevel level : CsvLevel.values()) {
			CountingStream csv = new CountingStream();
			long rows = export.writeCsv(level, scope, false, csv);
			files.add(new FileSize(level.fileName(), csv.count(), rows));
		}
		CountingStream zip = new CountingStream();
		export.writeZip(scope, false, zip);
		files.add(new FileSize(ZIP, zip.count(), null));
		return new ScopeFiles(scope.fiscalYear(), sheets, List.copyOf(files));
	}
}
