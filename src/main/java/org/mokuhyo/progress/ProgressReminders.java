package org.mokuhyo.progress;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mokuhyo.account.Contacts;
import org.mokuhyo.kernel.Era;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reminders (督促) of due progress updates by e-mail: each enabled editor with an address ({@code app_user.email},
 * see {@link Contacts}) of a department whose update is due within {@link #DAYS_BEFORE} days, or late, and still
 * missing for some action, gets one mail per department listing its open updates (sheet, quarter, due date, how many
 * actions lack one, the page's address). Sent every day until the updates are in, once a day: a second run on the
 * same day (another process, the command line) skips who already got theirs (table progress_reminder_sent). Without a mail server
 * ({@code spring.mail.host} unset) there is no sender and nothing is sent.
 */
@Service
public class ProgressReminders {

	/** Remind this many days before the due date, and every day after it. */
	public static final int DAYS_BEFORE = 7;

	private static final Logger log = LoggerFactory.getLogger(ProgressReminders.class);

	private final Progresses progresses;

	private final Contacts contacts;

	private final ObjectProvider<JavaMailSender> sender;

	private final String baseUrl;

	private final String from;

	private final JdbcClient jdbc;

	ProgressReminders(Progresses progresses, Contacts contacts, ObjectProvider<JavaMailSender> sender, JdbcClient jdbc,
			@Value("${mokuhyo.public-base-url:${mokuhyo.base-url:http://localhost:8080}}") String baseUrl,
			@Value("${mokuhyo.progress.reminders.from:mokuhyo@localhost}") String from) {
		this.progresses = progresses;
		this.contacts = contacts;
		this.sender = sender;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
		this.jdbc = jdbc;
	}

	/** Sends the reminders of {@code today} with the configured mail server; returns how many mails went out. */
	public int send(LocalDate today) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			log.info("No mail server configured (spring.mail.host): no progress reminders sent");
			return 0;
		}
		return send(today, mail);
	}

	int send(LocalDate today, JavaMailSender mail) {
		Map<Long, List<DueUpdate>> byDepartment = new LinkedHashMap<>();
		for (DueUpdate due : progresses.dueAll(today)) {
			if (due.missing() > 0 && due.daysLeft() <= DAYS_BEFORE) {
				byDepartment.computeIfAbsent(due.departmentId(), d -> new java.util.ArrayList<>()).add(due);
			}
		}
		int sent = 0;
		for (Map.Entry<Long, List<DueUpdate>> department : byDepartment.entrySet()) {
			for (Contacts.Contact editor : contacts.editorsOf(department.getKey())) {
				if (!claim(department.getKey(), editor.email(), today)) {
					continue; // already reminded today
				}
				try {
					mail.send(message(editor, department.getValue()));
					sent++;
				}
				catch (MailException ex) {
					// one unreachable address must not keep the others from their reminder; a later run may retry it
					unclaim(department.getKey(), editor.email(), today);
					log.warn("Progress reminder to {} failed: {}", editor.email(), ex.getMessage());
				}
			}
		}
		return sent;
	}

	/** Records the day's reminder to this address for the department; false when it was already sent. */
	private boolean claim(long departmentId, String email, LocalDate today) {
		return jdbc.sql("""
				insert into progress_reminder_sent (department_id, email, sent_on) values (?, ?, ?)
				on conflict do nothing""").params(departmentId, email, today).update() == 1;
	}

	private void unclaim(long departmentId, String email, LocalDate today) {
		jdbc.sql("delete from progress_reminder_sent where department_id = ? and email = ? and sent_on = ?")
			.params(departmentId, email, today)
			.update();
	}

	private SimpleMailMessage message(Contacts.Contact editor, List<DueUpdate> updates) {
		DueUpdate first = updates.get(0);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(editor.email());
		message.setSubject("【進行管理】" + first.department() + "の進捗報告" + (first.late() ? "の期限が過ぎています" : "の期限が近づいています")
				+ "（" + first.quarter().label() + "、期限 " + Era.dateLabel(first.dueDate()) + "）");
		StringBuilder body = new StringBuilder();
		body.append(editor.name()).append(" 様\n\n");
		body.append(first.department()).append("の部局長の目標について、次の四半期の進捗報告がまだ入力されていない取組みがあります。\n\n");
		for (DueUpdate due : updates) {
			body.append("■ ").append(Era.fiscalYearLabel(due.fiscalYear())).append(" ").append(due.quarter().label()).append('\n');
			body.append("  期限: ").append(Era.dateLabel(due.dueDate()))
				.append(due.late() ? "（" + -due.daysLeft() + "日超過）" : "（あと" + due.daysLeft() + "日）").append('\n');
			body.append("  未報告の取組み: ").append(due.missing()).append("件（全").append(due.actions()).append("件中）\n");
			body.append("  入力画面: ").append(baseUrl).append("/sheets/").append(due.sheetId())
				.append("/progress?quarter=").append(due.quarter().number()).append("\n\n");
		}
		body.append("報告の状況は ").append(baseUrl).append("/progress/due で確認できます。\n");
		body.append("このメールは mokuhyo 部局マネジメントから自動で送信しています。\n");
		message.setText(body.toString());
		return message;
	}
}
