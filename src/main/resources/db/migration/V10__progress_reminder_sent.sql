-- 督促の送信記録: one reminder per address, department and day, however many processes or command-line runs send
-- them (the server's daily job, `remind-progress`). A row is claimed before the mail goes out and removed if it fails.
create table progress_reminder_sent (
	department_id bigint not null references department (id),
	email text not null,
	sent_on date not null,
	primary key (department_id, email, sent_on)
);
