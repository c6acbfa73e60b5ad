package org.mokuhyo.workflow;

/**
 * A step of the cycle (手続き), with who takes it. Who may act for which department is decided by
 * {@code account.Access}; this only names the duty each step needs.
 */
public enum Step {

	/** 提出: the department's editor submits the draft. */
	SUBMIT("提出", Duty.DEPARTMENT_EDITOR),

	/** ヒアリング記録: the mayor's office records the hearing (date, participants, comments per goal). */
	RECORD_HEARING("ヒアリングの記録", Duty.EXECUTIVE),

	/** 再提出: the department submits the sheet revised after the hearing. */
	RESUBMIT("再提出", Duty.DEPARTMENT_EDITOR),

	/** 部局長承認: the department head approves the department's submission. */
	APPROVE_AS_HEAD("部局長の承認", Duty.DEPARTMENT_HEAD),

	/** 市長等承認: the mayor's office approves. */
	APPROVE_AS_EXECUTIVE("市長等の承認", Duty.EXECUTIVE),

	/** 差戻し: the head, the mayor's office or the planning division sends the sheet back to the department. */
	SEND_BACK("差戻し", Duty.REVIEWER),

	/** 公表: the planning division publishes the approved sheet; that version becomes what the public reads. */
	PUBLISH("公表", Duty.ADMINISTRATOR),

	/** 公表の取下げ: the planning division withdraws a publication; the public no longer sees the sheet. */
	WITHDRAW("公表の取下げ", Duty.ADMINISTRATOR),

	/** 振り返りの開始: from the fourth quarter, the department opens the year-end review of the published sheet. */
	START_REVIEW("振り返りの開始", Duty.DEPARTMENT_EDITOR),

	/** 公表済みとして取込み: the planning division loads an already published sheet from the city's archive. */
	IMPORT_PUBLISHED("公表済みとして取込み", Duty.ADMINISTRATOR),

	/** 編集: a change of content (a new version); on a published sheet it opens a new draft. */
	EDIT("編集", Duty.DEPARTMENT_EDITOR);

	/** Who a step needs. */
	public enum Duty {
		/** an editor of the sheet's department, or an administrator */
		DEPARTMENT_EDITOR,
		/** the head of the sheet's department */
		DEPARTMENT_HEAD,
		/** the mayor's office */
		EXECUTIVE,
		/** the head of the department, the mayor's office or an administrator */
		REVIEWER,
		/** the planning division */
		ADMINISTRATOR
	}

	private final String label;

	private final Duty duty;

	Step(String label, Duty duty) {
		this.label = label;
		this.duty = duty;
	}

	public String label() {
		return label;
	}

	/** The step as named in {@code phase}: the review's steps carry it (振り返りの提出 …). */
	public String labelIn(Phase phase) {
		return phase == Phase.REVIEW && this != START_REVIEW ? phase.label() + "の" + label : label;
	}

	public Duty duty() {
		return duty;
	}
}
