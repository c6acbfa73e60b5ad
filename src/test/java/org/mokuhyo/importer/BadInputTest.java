package org.mokuhyo.importer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Input that is not a goal sheet is refused with a code naming the problem (the HTTP and CLI tests check that
 * nothing is stored then).
 */
class BadInputTest {

	private static void assertRejected(byte[] content, String code) {
		assertThatThrownBy(() -> SheetImporter.standard().parse(content, "bad.txt", ImportOptions.none()))
			.isInstanceOf(ImportRejectedException.class)
			.satisfies(ex -> org.assertj.core.api.Assertions.assertThat(((ImportRejectedException) ex).code()).isEqualTo(code))
			.hasMessageMatching(".*[\\u3040-\\u30FF\\u4E00-\\u9FFF].*");
	}

	@Test
	void empty() {
		assertRejected(new byte[0], "EMPTY");
		assertRejected(" \n\t\n  \n".getBytes(StandardCharsets.UTF_8), "EMPTY");
	}

	@Test
	void binary() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		assertRejected(png, "BINARY");
	}

	@Test
	void notAGoalSheet() {
		assertRejected("豊中市は大阪府の北部に位置する市です。\n人口は約40万人です。\n".getBytes(StandardCharsets.UTF_8), "NOT_A_SHEET");
		assertRejected("a\tb\tc\n1\t2\t3\n".getBytes(StandardCharsets.UTF_8), "NOT_A_SHEET");
	}

	@Test
	void truncatedMidTable() {
		String seed = SeedFixture.text();
		int cut = seed.indexOf("①新たな地域自治組織");
		assertRejected(seed.substring(0, cut).getBytes(StandardCharsets.UTF_8), "TRUNCATED");
		int header = seed.indexOf("No\t当年度目標", seed.indexOf("4\t市民窓口サービスの向上"));
		int endOfHeader = seed.indexOf('\n', seed.indexOf('\n', header) + 1);
		assertRejected(seed.substring(0, endOfHeader + 1).getBytes(StandardCharsets.UTF_8), "TRUNCATED");
	}

	@Test
	void overTenMegabytes() {
		byte[] big = new byte[SheetImporter.MAX_BYTES + 1];
		Arrays.fill(big, (byte) 'a');
		assertRejected(big, "TOO_LARGE");
	}

	@Test
	void wrongEncoding() {
		// ISO-8859-1 text with accented letters: not UTF-8, and no sheet in any Japanese encoding either
		byte[] latin1 = "Département\tRésumé\tNuméro\n1\tÉté\tCafé\n".getBytes(StandardCharsets.ISO_8859_1);
		assertRejected(latin1, "ENCODING");
	}
}
