package org.mokuhyo.bulk;

/** Where a bulk import stands (状態). */
public enum BulkState {

	/** Files remain and its runner has shown life lately. */
	RUNNING("取込み中"),
	/** Files remain and nothing has run them lately (the server or the command line stopped): it can be resumed. */
	INTERRUPTED("中断"),
	/** Every file has its outcome. */
	DONE("完了");

	private final String label;

	BulkState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
