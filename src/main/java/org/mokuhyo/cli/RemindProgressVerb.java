package org.mokuhyo.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.mokuhyo.progress.ProgressReminders;
import org.mokuhyo.progress.Progresses;

/**
 * {@code remind-progress [--date 2024-07-07]}: the reminders the daily schedule sends, now (for a server without
 * the schedule, or a cron job of its own); without a mail server configured it says so and sends nothing.
 */
final class RemindProgressVerb implements Verb {

	@Override
	public String name() {
		return "remind-progress";
	}

	@Override
	public String usage() {
		return """
				  java -jar mokuhyo.jar remind-progress [--date 2024-07-07]
				      進捗報告の期限が7日以内か過ぎている部局の編集者に督促メールを送ります (spring.mail.host の設定が必要)。
				""";
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException {
		Arguments arguments = Arguments.parse(args, Set.of("date"));
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("remind-progress は引数をとりません");
		}
		LocalDate date;
		try {
			date = arguments.option("date") == null ? null : LocalDate.parse(arguments.option("date"));
		}
		catch (DateTimeParseException ex) {
			throw new UsageException("--date は 2024-07-07 の形で指定してください");
		}
		try (VerbContext context = terminal.open()) {
			if (context.environment().getProperty("spring.mail.host") == null) {
				terminal.err().println("メールサーバー (spring.mail.host) が設定されていないため、督促メールは送りません。");
				return 0;
			}
			int sent = context.bean(ProgressReminders.class)
				.send(date == null ? context.bean(Progresses.class).today() : date);
			terminal.out().println("督促メールを" + sent + "通送信しました。");
		}
		return 0;
	}
}
