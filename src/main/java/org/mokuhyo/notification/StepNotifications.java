package org.mokuhyo.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mokuhyo.account.Contacts;
import org.mokuhyo.account.Role;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Phase;
import org.mokuhyo.workflow.SheetStatus;
import org.mokuhyo.workflow.SheetStepTaken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the people whose turn it is that a step was taken, by e-mail (one mail per address):
 * <ul>
 * <li>提出: the plan to the mayor's office (the hearing) and the department head; the review to head and mayor's
 * office (approval);</li>
 * <li>ヒアリングの記録, 差戻し: the department's editors (revise, resubmit);</li>
 * <li>再提出: head and mayor's office (approval);</li>
 * <li>the second approval: the planning division (publication);</li>
 * <li>公表, 公表の取下げ: the department's editors and head.</li>
 * </ul>
 * Edits, imports and the start of the review tell nobody. Only after the step's transaction committed: a refused or
 * rolled-back step sends nothing. Without a mail server ({@code spring.mail.host} unset) nothing is sent.
 */
@Service
public class StepNotifications {

	private static final Logger log = LoggerFactory.getLogger(StepNotifications.class);

	private final Contacts contacts;

	private final SheetStore store;

	private final ObjectProvider<JavaMailSender> sender;

	private final String baseUrl;

	private final String from;

	StepNotifications(Contacts contacts, SheetStore store, ObjectProvider<JavaMailSender> sender,
			@Value("${mokuhyo.public-base-url:${mokuhyo.base-url:http://localhost:8080}}") String baseUrl,
			@Value("${mokuhyo.notifications.from:${mokuhyo.progress.reminders.from:mokuhyo@localhost}}") String from) {
		this.contacts = contacts;
		this.store = store;
		this.sender = sender;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
	}

	@TransactionalEventListener
	void stepTaken(SheetStepTaken step) {
		MailSender mail = sender.getIfAvailable();
		if (mail != null) {
			send(step, mail);
		}
	}

	/** Sends the notices of {@code step}; returns how many mails went out. */
	int send(SheetStepTaken step, MailSender mail) {
		Map<String, Contacts.Contact> recipients = new LinkedHashMap<>();
		recipientsOf(step).forEach(c -> recipients.putIfAbsent(c.email(), c));
		if (recipients.isEmpty()) {
			return 0;
		}
		Optional<SheetData> sheet = store.find(step.sheetId());
		if (sheet.isEmpty()) {
			return 0;
		}
		int sent = 0;
		for (Contacts.Contact to : recipients.values()) {
			try {
				mail.send(message(step, sheet.get(), to));
				sent++;
			}
			catch (MailException ex) {
				// the step is taken whatever the mail server says; one bad address must not stop the others
				log.warn("Notice of {} to {} failed: {}", step.step(), to.email(), ex.getMessage());
			}
		}
		return sent;
	}

	private List<Contacts.Contact> recipientsOf(SheetStepTaken step) {
		long department = step.departmentId();
		List<Contacts.Contact> to = new ArrayList<>();
		switch (step.step()) {
			case SUBMIT, RESUBMIT -> {
				to.addAll(contacts.headsOf(department));
				to.addAll(contacts.withRoleFor(Role.EXECUTIVE, department));
			}
			case RECORD_HEARING, SEND_BACK -> to.addAll(contacts.editorsOf(department));
			case APPROVE_AS_HEAD, APPROVE_AS_EXECUTIVE -> {
				if (step.to() == SheetStatus.APPROVED) {
					to.addAll(contacts.withRoleFor(Role.ADMIN, department));
				}
			}
			case PUBLISH, WITHDRAW -> {
				to.addAll(contacts.editorsOf(department));
				to.addAll(contacts.headsOf(department));
			}
			default -> {
				// edits, imports and the start of the review are nobody else's turn
			}
		}
		return to;
	}

	private SimpleMailMessage message(SheetStepTaken step, SheetData sheet, Contacts.Contact to) {
		String what = Era.fiscalYearLabel(sheet.fiscalYear()) + " " + sheet.department().name() + "の部局長の目標"
				+ (step.phase() == Phase.REVIEW ? "（振り返り）" : "");
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to.email());
		message.setSubject("【部局マネジメント】" + what + ": " + step.label());
		StringBuilder body = new StringBuilder();
		body.append(to.name()).append(" 様\n\n");
		body.append(what).append("について、").append(step.actorName() == null ? "" : step.actorName() + "さんが")
			.append("「").append(step.label()).append("」を行いました（")
			.append(step.from() == null ? "" : step.from().label() + " → ").append(step.to().label()).append("、第")
			.append(step.version()).append("版）。\n");
		if (step.comment() != null) {
			body.append("\nコメント:\n").append(step.comment()).append('\n');
		}
		body.append("\n").append(nextTurn(step)).append('\n');
		body.append("手続きの画面: ").append(baseUrl).append("/sheets/").append(step.sheetId()).append("/workflow\n\n");
		body.append("このメールは mokuhyo 部局マネジメントから自動で送信しています。\n");
		message.setText(body.toString());
		return message;
	}

	private static String nextTurn(SheetStepTaken step) {
		boolean review = step.phase() == Phase.REVIEW;
		return switch (step.step()) {
			case SUBMIT -> review ? "振り返りの承認をお願いします（部局長、市長等）。" : "ヒアリングの準備をお願いします。";
			case RESUBMIT -> "承認をお願いします（部局長、市長等）。";
			case RECORD_HEARING -> "ヒアリングの内容を踏まえて修正し、再提出してください。";
			case SEND_BACK -> "コメントを確かめて修正し、もう一度提出してください。";
			case APPROVE_AS_HEAD, APPROVE_AS_EXECUTIVE -> "承認がそろいました。公表の手続きをお願いします。";
			case PUBLISH -> "公表された内容は、市民の皆さんが閲覧できます。";
			case WITHDRAW -> "公表を取り下げました。市民の皆さんは閲覧できなくなりました。";
			default -> "";
		};
	}
}
