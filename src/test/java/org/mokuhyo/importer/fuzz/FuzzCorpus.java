package org.mokuhyo.importer.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.mokuhyo.exchange.XlsxSheetWriter;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.ZipBombs;
import org.mokuhyo.importer.producers.ClerkDocx;
import org.mokuhyo.importer.producers.ClerkWorkbook;
import org.mokuhyo.importer.producers.PdfToText;
import org.mokuhyo.importer.producers.ProducerCorpus;
import org.mokuhyo.importer.producers.TabbedText;
import org.mokuhyo.importer.read.ReadBudget;
import org.mokuhyo.pdf.PdfFonts;
import org.mokuhyo.pdf.PdfSheetWriter;
import org.mokuhyo.sheet.SheetData;

/**
 * Generated inputs for the importer: the sample sheet in every format it arrives in, each mutated many ways (bytes
 * flipped, cut, dropped, repeated, nasty characters put in; lines shuffled and repeated; the XML inside an Office
 * file broken and re-zipped), and the bombs (too many pages, lines, cells, glyphs, rules; inflating streams and
 * zips; deep and cyclic page trees). The same seed gives the same inputs, so a failure names an input that can be
 * made again.
 */
public final class FuzzCorpus {

	/** One generated input: a name saying how it was made, and its bytes. */
	public record Input(String name, byte[] content) {
	}

	private static final String[] NASTY = { "\u0000", "\t", "\n", "\r", "\f", "<script>alert(1)</script>", "<b>",
			"</td>", "<p><p><p>", "&#0;", "&amp;&lt;", "①", "⺠", "\u202E", "\uFFFD", "\uD800", "【今年度末に記載】",
			"総合計画", "基本政策", "(1)", "１２３４５６７８９０".repeat(200), "9".repeat(1200), "=cmd|'/C calc'!A0",
			"<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "%PDF-1.7", "PK\u0003\u0004", "　".repeat(50), "#".repeat(7) };

	private final Random random;

	private FuzzCorpus(long seed) {
		this.random = new Random(seed);
	}

	/** The sample in each format the importer reads, as its producers make it. */
	public static Map<String, byte[]> seeds() {
		SheetData seed = ProducerCorpus.seed();
		Map<String, byte[]> seeds = new LinkedHashMap<>();
		seeds.put("text", SeedFixture.bytes());
		seeds.put("text-plain", TabbedText.render(seed, false).getBytes(StandardCharsets.UTF_8));
		seeds.put("layout", PdfToText.layout(seed).getBytes(StandardCharsets.UTF_8));
		seeds.put("viewer", PdfToText.readingOrder(seed).getBytes(StandardCharsets.UTF_8));
		seeds.put("xlsx-clerk", ClerkWorkbook.xlsx(seed));
		seeds.put("xlsx-export", new XlsxSheetWriter().write(seed));
		seeds.put("docx", ClerkDocx.render(seed, ClerkDocx.Typing.TYPED_LABELS));
		seeds.put("pdf", new PdfSheetWriter(PdfFonts.of(null)).write(seed));
		return seeds;
	}

	/**
	 * {@code perSeed} mutations of each seed, the seeds themselves, and the bombs, made one at a time as they are
	 * iterated (all at once they would take more heap than the importer under test): each iteration makes the same
	 * inputs in the same order.
	 */
	public static Iterable<Input> generate(Map<String, byte[]> seeds, Map<String, Integer> perSeed, long seed) {
		return () -> new java.util.Iterator<>() {

			private final FuzzCorpus corpus = new FuzzCorpus(seed);

			private final List<String> formats = new ArrayList<>(seeds.keySet());

			private final java.util.Iterator<java.util.function.Supplier<Input>> bombs = bombMakers().iterator();

			private int format;

			private int mutation = -1; // -1: the seed itself

			@Override
			public boolean hasNext() {
				return format < formats.size() || bombs.hasNext();
			}

			@Override
			public Input next() {
				if (format >= formats.size()) {
					return bombs.next().get();
				}
				String name = formats.get(format);
				byte[] bytes = seeds.get(name);
				Input input = mutation < 0 ? new Input(name, bytes) : corpus.mutate(name, bytes, mutation);
				if (++mutation >= perSeed.getOrDefault(name, 0)) {
					format++;
					mutation = -1;
				}
				return input;
			}
		};
	}

	/** Every {@code step}-th input of {@code inputs}, starting with the first. */
	public static List<Input> everyNth(Iterable<Input> inputs, int step) {
		List<Input> chosen = new ArrayList<>();
		int i = 0;
		for (Input input : inputs) {
			if (i++ % step == 0) {
				chosen.add(input);
			}
		}
		return chosen;
	}

	/** The inputs built to cost far more than their size. */
	public static List<Input> bombs() {
		return bombMakers().stream().map(java.util.function.Supplier::get).toList();
	}

	private static List<java.util.function.Supplier<Input>> bombMakers() {
		List<java.util.function.Supplier<Input>> bombs = new ArrayList<>();
		bombs.add(() -> new Input("bomb-pages", PdfBombs.manyPages(50_000)));
		bombs.add(() -> new Input("bomb-pages-just-over", PdfBombs.manyPages(ReadBudget.MAX_PAGES + 1)));
		bombs.add(() -> new Input("bomb-flate", PdfBombs.inflating(256)));
		bombs.add(() -> new Input("bomb-glyphs", PdfBombs.manyGlyphs(100_000)));
		bombs.add(() -> new Input("bomb-rulings", PdfBombs.manyLines(150_000)));
		bombs.add(() -> new Input("bomb-cell-search", PdfBombs.dense(1, 20_000, 6_000)));
		bombs.add(() -> new Input("bomb-deep-tree", PdfBombs.deepTree(3_000)));
		bombs.add(() -> new Input("bomb-cyclic-tree", PdfBombs.cyclicTree()));
		bombs.add(() -> new Input("bomb-1-char-lines", "a\n".repeat(4_000_000).getBytes(StandardCharsets.US_ASCII)));
		bombs.add(() -> new Input("bomb-lines", "a\n".repeat(ReadBudget.MAX_LINES + 10).getBytes(StandardCharsets.US_ASCII)));
		bombs.add(() -> new Input("bomb-cells", "a\t".repeat(ReadBudget.MAX_CELLS + 10).getBytes(StandardCharsets.US_ASCII)));
		bombs.add(() -> new Input("bomb-chars", "目".repeat((int) ReadBudget.MAX_CHARS + 10).getBytes(StandardCharsets.UTF_8)));
		bombs.add(() -> new Input("bomb-nested-html", ("<b>".repeat(200_000) + "当年度目標").getBytes(StandardCharsets.UTF_8)));
		bombs.add(() -> new Input("bomb-xlsx-part", ZipBombs.officePart("xl/workbook.xml")));
		bombs.add(() -> new Input("bomb-docx-part", ZipBombs.officePart("word/document.xml")));
		bombs.add(() -> new Input("bomb-xlsx-cells", WorstCases.xlsxOf(ReadBudget.MAX_WORKBOOK_CELLS / 3 + 100)));
		bombs.add(() -> new Input("bomb-docx-blocks", WorstCases.docxOf(ReadBudget.MAX_WORD_BLOCKS / 4 + 100)));
		bombs.add(() -> new Input("bomb-billion-laughs", ClerkDocx.zip(Map.of("[Content_Types].xml",
				"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
				"word/document.xml", laughs()))));
		WorstCases.all().forEach((name, bytes) -> bombs.add(() -> new Input(name, bytes)));
		return bombs;
	}

	private static String laughs() {
		StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY l0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		return dtd.append("]><w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>")
			.toString();
	}

	private Input mutate(String format, byte[] bytes, int i) {
		boolean zip = format.startsWith("xlsx") || format.equals("docx");
		boolean text = !zip && !format.equals("pdf");
		int kind = random.nextInt(zip ? 8 : text ? 9 : 6);
		String how;
		byte[] out;
		if (zip && kind >= 5) {
			how = "xml";
			out = mutateXml(bytes);
		}
		else if (text && kind >= 6) {
			how = "lines";
			out = mutateLines(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
		}
		else {
			how = switch (kind) {
				case 0 -> "flip";
				case 1 -> "cut";
				case 2 -> "drop";
				case 3 -> "repeat";
				default -> "insert";
			};
			out = mutateBytes(bytes, kind);
		}
		return new Input(format + "-" + how + "-" + i, out);
	}

	private byte[] mutateBytes(byte[] bytes, int kind) {
		int at = random.nextInt(bytes.length);
		switch (kind) {
			case 0 -> {
				byte[] out = bytes.clone();
				int flips = 1 + random.nextInt(16);
				for (int f = 0; f < flips; f++) {
					out[random.nextInt(out.length)] = (byte) random.nextInt(256);
				}
				return out;
			}
			case 1 -> {
				return Arrays.copyOf(bytes, at);
			}
			case 2 -> {
				int length = Math.min(bytes.length - at, 1 + random.nextInt(2_000));
				return concat(Arrays.copyOfRange(bytes, 0, at), Arrays.copyOfRange(bytes, at + length, bytes.length));
			}
			case 3 -> {
				int length = Math.min(bytes.length - at, 1 + random.nextInt(4_000));
				byte[] piece = Arrays.copyOfRange(bytes, at, at + length);
				byte[] out = Arrays.copyOfRange(bytes, 0, at + length);
				for (int r = 1 + random.nextInt(20); r > 0; r--) {
					out = concat(out, piece);
				}
				return concat(out, Arrays.copyOfRange(bytes, at + length, bytes.length));
			}
			default -> {
				byte[] nasty = NASTY[random.nextInt(NASTY.length)].getBytes(StandardCharsets.UTF_8);
				return concat(concat(Arrays.copyOfRange(bytes, 0, at), nasty), Arrays.copyOfRange(bytes, at, bytes.length));
			}
		}
	}

	private String mutateLines(String text) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int ops = 1 + random.nextInt(6);
		for (int o = 0; o < ops && !lines.isEmpty(); o++) {
			int at = random.nextInt(lines.size());
			switch (random.nextInt(5)) {
				case 0 -> lines.remove(at);
				case 1 -> {
					String line = lines.get(at);
					for (int r = random.nextInt(30); r > 0; r--) {
						lines.add(at, line);
					}
				}
				case 2 -> lines.add(random.nextInt(lines.size()), lines.remove(at));
				case 3 -> lines.set(at, lines.get(at) + NASTY[random.nextInt(NASTY.length)]);
				default -> lines.set(at, lines.get(at).replace("\t", random.nextBoolean() ? "  " : "\t\t"));
			}
		}
		return String.join("\n", lines);
	}

	/** One XML part of the Office file changed as text (a tag dropped or repeated, something nasty put in), re-zipped. */
	private byte[] mutateXml(byte[] zip) {
		Map<String, byte[]> parts = unzip(zip);
		List<String> xml = parts.keySet().stream().filter(n -> n.endsWith(".xml")).toList();
		if (xml.isEmpty()) {
			return zip;
		}
		String name = xml.get(random.nextInt(xml.size()));
		String part = new String(parts.get(name), StandardCharsets.UTF_8);
		int at = part.isEmpty() ? 0 : random.nextInt(part.length());
		int close = part.indexOf('>', at);
		int open = part.lastIndexOf('<', at);
		part = switch (random.nextInt(4)) {
			case 0 -> open >= 0 && close > open ? part.substring(0, open) + part.substring(close + 1) : part;
			case 1 -> open >= 0 && close > open
					? part.substring(0, close + 1) + part.substring(open, close + 1).repeat(1 + random.nextInt(50))
							+ part.substring(close + 1)
					: part;
			case 2 -> part.substring(0, at) + NASTY[random.nextInt(NASTY.length)] + part.substring(at);
			default -> part.substring(0, at);
		};
		parts.put(name, part.getBytes(StandardCharsets.UTF_8));
		Map<String, String> text = new LinkedHashMap<>();
		Map<String, byte[]> binary = new LinkedHashMap<>();
		parts.forEach((n, b) -> {
			if (n.endsWith(".xml") || n.endsWith(".rels")) {
				text.put(n, new String(b, StandardCharsets.UTF_8));
			}
			else {
				binary.put(n, b);
			}
		});
		return binary.isEmpty() ? ClerkDocx.zip(text) : zip;
	}

	private static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				in.transferTo(out);
				parts.put(entry.getName(), out.toByteArray());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parts;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}
}
