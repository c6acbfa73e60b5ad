package org.mokuhyo.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Contacts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Actor;
import org.mokuhyo.workflow.Hearing;
import org.mokuhyo.workflow.SheetStepTaken;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The notices of the cycle's steps through a real SMTP server (GreenMail): the steps are taken by the real workflow,
 * their events recorded, and each sent to the people whose turn it is; those without an address get nothing.
 */
@IntegrationTest
@RecordApplicationEvents
class StepNotificationsTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	StepNotifications notifications;

	@Autowired
	Workflows workflows;

	@Autowired
	SheetStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	Contacts contacts;

	@Autowired
	ApplicationEvents events;

	private JavaMailSenderImpl sender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(smtp.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

	/** Takes the step as the workflow does and sends its notices; the mails received, by address. */
	private Map<String, MimeMessage> notices(Runnable step) throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		events.clear();
		step.run();
		List<SheetStepTaken> taken = events.stream(SheetStepTaken.class).toList();
		assertThat(taken).hasSize(1);
		notifications.send(taken.get(0), sender());
		return Arrays.stream(smtp.getReceivedMessages()).collect(Collectors.toMap(m -> {
			try {
				return m.getRecipients(Message.RecipientType.TO)[0].toString();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, Function.identity()));
	}

	@Test
	void eachStepIsToldToThePeopleWhoseTurnItIs() throws Exception {
		String department = "通知部-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = store.save(SampleSheets.full(department, 2019), List.of(), "n.txt").id();
		TestUsers users = new TestUsers(accounts, organizations);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		TestUsers.TestUser editor = users.editor(department);
		contacts.setEmail(editor.id(), "henshu-" + tag + "@example.jp");
		users.editor(department); // no address: no mail
		TestUsers.TestUser head = users.create(EnumSet.of(Role.HEAD), TestUsers.MUNICIPALITY, List.of(department));
		contacts.setEmail(head.id(), "bucho-" + tag + "@example.jp");
		TestUsers.TestUser mayor = users.create(EnumSet.of(Role.EXECUTIVE), TestUsers.MUNICIPALITY, List.of());
		contacts.setEmail(mayor.id(), "shicho-" + tag + "@example.jp");
		TestUsers.TestUser admin = users.admin();
		contacts.setEmail(admin.id(), "kikaku-" + tag + "@example.jp");
		TestUsers.TestUser otherEditor = users.editor("通知別部-" + tag);
		contacts.setEmail(otherEditor.id(), "betsu-" + tag + "@example.jp");
		Actor actor = new Actor(editor.id(), "編集 花子");

		Map<String, MimeMessage> submitted = notices(() -> workflows.take(id, Step.SUBMIT, actor, "ご確認ください", null));
		assertThat(submitted).containsKeys("bucho-" + tag + "@example.jp", "shicho-" + tag + "@example.jp")
			.doesNotContainKeys("henshu-" + tag + "@example.jp", "kikaku-" + tag + "@example.jp", "betsu-" + tag + "@example.jp");
		MimeMessage toMayor = submitted.get("shicho-" + tag + "@example.jp");
		assertThat(toMayor.getSubject()).contains("令和元年度", department, "提出");
		assertThat(toMayor.getContent().toString()).contains("編集 花子さんが「提出」を行いました", "ご確認ください",
				"ヒアリングの準備をお願いします", "/sheets/" + id + "/workflow");

		Map<String, MimeMessage> heard = notices(() -> workflows.recordHearing(id,
				new Hearing(null, 0, java.time.LocalDate.of(2019, 3, 1), "市長", "了承", List.of(), null, null),
				new Actor(mayor.id(), "市長")));
		assertThat(heard).containsOnlyKeys("henshu-" + tag + "@example.jp");
		assertThat(heard.get("henshu-" + tag + "@example.jp").getContent().toString()).contains("再提出してください");

		assertThat(notices(() -> workflows.take(id, Step.RESUBMIT, actor, null, null)))
			.containsKeys("bucho-" + tag + "@example.jp", "shicho-" + tag + "@example.jp");
		assertThat(notices(() -> workflows.take(id, Step.APPROVE_AS_HEAD, new Actor(head.id(), "部長"), null, null)))
			.as("one approval is nobody's turn yet").isEmpty();
		Map<String, MimeMessage> approved = notices(
				() -> workflows.take(id, Step.APPROVE_AS_EXECUTIVE, new Actor(mayor.id(), "市長"), null, null));
		assertThat(approved).containsKey("kikaku-" + tag + "@example.jp").doesNotContainKey("henshu-" + tag + "@example.jp");
		assertThat(approved.get("kikaku-" + tag + "@example.jp").getContent().toString()).contains("公表の手続きをお願いします");

		assertThat(notices(() -> workflows.take(id, Step.PUBLISH, new Actor(admin.id(), "企画"), null, null)))
			.containsOnlyKeys("henshu-" + tag + "@example.jp", "bucho-" + tag + "@example.jp");
		assertThat(notices(() -> workflows.take(id, Step.START_REVIEW, actor, null, null))).isEmpty();
		Map<String, MimeMessage> review = notices(() -> workflows.take(id, Step.SUBMIT, actor, null, null));
		assertThat(review.get("bucho-" + tag + "@example.jp").getSubject()).contains("振り返りの提出");
		assertThat(review.get("bucho-" + tag + "@example.jp").getContent().toString()).contains("振り返りの承認をお願いします");
		assertThat(notices(() -> workflows.take(id, Step.SEND_BACK, new Actor(head.id(), "部長"), "実績に数値を", null)))
			.containsOnlyKeys("henshu-" + tag + "@example.jp");
	}
}
