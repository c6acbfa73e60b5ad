package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The English messages translate every Japanese one (the source of truth), with the same placeholders. */
class MessagesTest {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher m = Pattern.compile("\\{\\d+}").matcher(message);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	@Test
	void sameKeysNoEmptyValuesSamePlaceholders() throws IOException {
		Properties ja = load("messages_ja.properties");
		Properties en = load("messages_en.properties");
		assertThat(ja).isNotEmpty();
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ja.stringPropertyNames());
		for (String key : ja.stringPropertyNames()) {
			assertThat(ja.getProperty(key)).as("ja " + key).isNotBlank();
			assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
			assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(ja.getProperty(key)));
		}
	}

	@Test
	void japaneseIsJapaneseAndEnglishIsNot() throws IOException {
		Properties ja = load("messages_ja.properties");
		Properties en = load("messages_en.properties");
		// read as UTF-8, not ISO-8859-1: the Japanese text arrives whole
		assertThat(ja.getProperty("sheet.pending")).isEqualTo("未記載（年度末に記載）");
		assertThat(en.getProperty("sheet.pending")).isEqualTo("Not yet written (at year end)");
		assertThat(load("messages.properties")).as("every reader resolves to ja or en").isEmpty();
	}
}
