package org.mokuhyo.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvOutTest {

	@Test
	void bomCrlfAndQuotingAsRfc4180() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CsvOut csv = new CsvOut(bytes);
		csv.record(List.of("目標", "値"));
		csv.record(Arrays.asList("a,b", "彼は\"はい\"と言った", "行1\n行2", null, "", "=1+1"));
		csv.flush();
		assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFF目標,値\r\n\"a,b\",\"彼は\"\"はい\"\"と言った\",\"行1\n行2\",,,=1+1\r\n");
		List<List<String>> back = StrictCsv.parse(withHeaderOfSix(bytes.toByteArray()));
		assertThat(back.get(1)).containsExactly("a,b", "彼は\"はい\"と言った", "行1\n行2", "", "", "=1+1");
	}

	private static byte[] withHeaderOfSix(byte[] written) {
		String text = new String(written, StandardCharsets.UTF_8).replace("目標,値", "a,b,c,d,e,f");
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
