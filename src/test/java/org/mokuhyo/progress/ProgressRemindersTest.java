package org.mokuhyo.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Contacts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Reminders through a real SMTP server (GreenMail on a free local port): the editors with an address of a department
 * whose update is due within 7 days, or late, get a Japanese mail naming department, quarter, due date, how many
 * actions lack an update and the page's address; nobody is written to earlier, or once everything is in.
 */
@IntegrationTest
class ProgressRemindersTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	// a fiscal year no other test uses, so only this test's department is due
	private static final int YEAR = 2031;

	@Autowired
	ProgressReminders reminders;

	@Autowired
	Progresses progresses;

	@Autowired
	SheetStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	Contacts contacts;

	private JavaMailSenderImpl sender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(smtp.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

	@Test
	void editorsOfDepartmentsWithDueOrLateUpdatesGetAMail() throws Exception {
		String department = "督促部-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = store.save(SampleSheets.full(department, YEAR), List.of(), "seed.txt", Change.importBy(null, "取込"))
			.id();
		TestUsers users = new TestUsers(accounts, organizations);
		TestUsers.TestUser editor = users.editor(department);
		contacts.setEmail(editor.id(), "henshu@example.jp");
		users.editor(department); // no address: no mail
		contacts.setEmail(users.admin().id(), "kikaku@example.jp"); // administrators are not reminded

		Quarter q1 = new Quarter(YEAR, 1);
		assertThat(reminders.send(q1.dueDate().minusDays(8), sender())).as("too early").isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();

		assertThat(reminders.send(q1.dueDate().minusDays(3), sender())).isEqualTo(1);
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("henshu@example.jp");
		assertThat(mail.getSubject()).isEqualTo("【進行管理】" + department
				+ "の進捗報告の期限が近づいています（第1四半期（4月〜6月）、期限 令和13年7月10日（2031年7月10日））");
		String text = (String) mail.getContent(); // text/plain, decoded from its transfer encoding
		assertThat(text).contains(department)
			.contains("第1四半期（4月〜6月）")
			.contains("期限: 令和13年7月10日（2031年7月10日）（あと3日）")
			.contains("未報告の取組み: 4件（全4件中）")
			.contains("/sheets/" + id + "/progress?quarter=1");

		// once a day: a second run that day (another process, the command line) writes to nobody again
		assertThat(reminders.send(q1.dueDate().minusDays(3), sender())).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(1);

		// late: after the due day, the reminder says so; once every action is reported, nobody is written to
		smtp.purgeEmailFromAllMailboxes();
		assertThat(reminders.send(q1.dueDate().plusDays(2), sender())).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("期限が過ぎています");
		assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).isNotBlank();

		SheetData sheet = store.find(id).orElseThrow();
		List<ProgressInput> all = sheet.annualGoals().stream()
			.flatMap(g -> g.items().stream())
			.flatMap(i -> i.actions().stream())
			.map(a -> new ProgressInput(a.id(), "ON_TRACK", null, java.util.Map.of(), null))
			.toList();
		progresses.save(id, 1, all, accounts.currentUser(editor.id()).orElseThrow());
		smtp.purgeEmailFromAllMailboxes();
		assertThat(reminders.send(q1.dueDate().plusDays(2), sender())).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void withoutAMailServerNothingIsSent() {
		assertThat(reminders.send(new Quarter(YEAR, 1).dueDate())).isZero();
	}
}
