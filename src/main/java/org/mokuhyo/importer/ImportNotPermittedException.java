package org.mokuhyo.importer;

/**
 * The sheet was readable, but the caller may not store it (its department is not theirs). Nothing is stored.
 */
public class ImportNotPermittedException extends RuntimeException {

	private final String department;

	public ImportNotPermittedException(String department) {
		super("部局「" + department + "」のシートを取り込む権限がありません。担当の部局のシートだけを取り込めます。");
		this.department = department;
	}

	public String department() {
		return department;
	}
}
