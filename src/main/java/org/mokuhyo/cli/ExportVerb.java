package org.mokuhyo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.mokuhyo.audit.AuditEvent;
import org.mokuhyo.audit.AuditLog;
import org.mokuhyo.exchange.XlsxSheetWriter;
import org.mokuhyo.pdf.PdfExport;
import org.mokuhyo.pdf.PdfFontMissingException;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code export --department D --fiscal-year Y [--format json|xlsx|pdf] [--output FILE]}: a stored sheet as the
 * API's JSON (stdout or a file), the official-layout workbook or the print PDF; logged in the audit log.
 */
final class ExportVerb implements Verb {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return """
				  java -jar mokuhyo.jar export --department 部局名 --fiscal-year 2024 [--municipality 豊中市]
				      [--format json|xlsx|pdf] [--output ファイル]
				      保存されている目標シートを JSON（既定）、Excel（xlsx）、印刷用 PDF（A4横）で出します。xlsx と pdf は
				      --output が必要です。
				""";
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException, InputException {
		Arguments arguments = Arguments.parse(args, Set.of("department", "fiscal-year", "municipality", "output", "format"));
		arguments.noPositional();
		String department = arguments.required("department");
		arguments.required("fiscal-year");
		int fiscalYear = arguments.fiscalYear();
		String output = arguments.option("output");
		String format = arguments.option("format") == null ? "json" : arguments.option("format");
		if (!Set.of("json", "xlsx", "pdf").contains(format)) {
			throw new UsageException("--format は json、xlsx、pdf のいずれかで指定してください: " + format);
		}
		if (!format.equals("json") && output == null) {
			throw new UsageException("--format " + format + " には --output ファイル を指定してください");
		}
		try (VerbContext context = terminal.open()) {
			String name = context.municipality(arguments);
			SheetData sheet = context.bean(SheetStore.class).find(name, department, fiscalYear)
				.orElseThrow(() -> new InputException("目標シートがありません: %s %s %d年度".formatted(name, department, fiscalYear)));
			if (format.equals("pdf")) {
				exportPdf(context, sheet, output);
				return 0;
			}
			JsonMapper json = context.bean(JsonMapper.class);
			context.bean(AuditLog.class).record(null, "コマンドライン", AuditEvent.Kind.EXPORT, null, sheet.id(),
					"%s: %s %s %d年度%s".formatted(format.equals("json") ? "JSON" : "Excel", name, department, fiscalYear,
							output == null ? "" : " → " + output));
			if (output == null) {
				SheetJsonOutput.print(json, sheet, terminal.out());
				return 0;
			}
			try (OutputStream out = Files.newOutputStream(Path.of(output))) {
				switch (format) {
					case "xlsx" -> out.write(new XlsxSheetWriter().write(sheet));
					default -> SheetJsonOutput.print(json, sheet, out);
				}
			}
			catch (IOException ex) {
				throw new InputException("書き出せません: " + output + " (" + ex.getMessage() + ")");
			}
		}
		return 0;
	}

	/** The sheet's PDF into the file; no font: exit 1 with what to install, and no file. */
	private static void exportPdf(VerbContext context, SheetData sheet, String output) throws InputException {
		byte[] pdf;
		try {
			pdf = context.bean(PdfExport.class).render(sheet);
		}
		catch (PdfFontMissingException ex) {
			throw new InputException("PDF を作成できません: " + ex.getMessage());
		}
		try {
			Files.write(Path.of(output), pdf);
		}
		catch (IOException ex) {
			throw new InputException("書き出せません: " + output + " (" + ex.getMessage() + ")");
		}
		context.bean(AuditLog.class).record(null, "コマンドライン", AuditEvent.Kind.EXPORT, null, sheet.id(),
				"PDF: %s %s %d年度 → %s".formatted(sheet.municipality(), sheet.department().name(), sheet.fiscalYear(),
						output));
	}
}
