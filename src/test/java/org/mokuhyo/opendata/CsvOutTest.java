package org.mokuhyo.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvOutTest {

	@Test
	void bomCrlfQuotingAsRfc4180AndFormulasDefused() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CsvOut csv = new CsvOut(bytes);
		csv.record(List.of("目標", "値"));
		csv.record(Arrays.asList("a,b", "彼は\"はい\"と言った", "行1\n行2", null, "", "=1+1", "-12.5"));
		csv.flush();
		assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8))
			.as("a formula defused, a number kept")
			.isEqualTo("\uFEFF目標,値\r\n\"a,b\",\"彼は\"\"はい\"\"と言った\",\"行1\n行2\",,,'=1+1,-12.5\r\n");
		List<List<String>> back = StrictCsv.parse(withHeaderOfSeven(bytes.toByteArray()));
		assertThat(back.get(1)).containsExactly("a,b", "彼は\"はい\"と言った", "行1\n行2", "", "", "'=1+1", "-12.5");
	}

	private static byte[] withHeaderOfSeven(byte[] written) {
		String text = new String(written, StandardCharsets.UTF_8).replace("目標,値", "a,b,c,d,e,f,g");
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
