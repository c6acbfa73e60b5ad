package org.mokuhyo.progress;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the day's reminders at a set time (default 8:00 Tokyo time, {@code mokuhyo.progress.reminders.cron}); only
 * when a mail server is configured, so a run without one (and the tests) schedules nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty("spring.mail.host")
class ReminderSchedule {

	private final ProgressReminders reminders;

	private final Progresses progresses;

	ReminderSchedule(ProgressReminders reminders, Progresses progresses) {
		this.reminders = reminders;
		this.progresses = progresses;
	}

	@Scheduled(cron = "${mokuhyo.progress.reminders.cron:0 0 8 * * *}", zone = "Asia/Tokyo")
	void daily() {
		reminders.send(progresses.today());
	}
}
