package org.mokuhyo.sheet;

import java.util.UUID;

/**
 * A sheet's JSON snapshot that cannot be read back: either a save whose snapshot would not read back as the sheet
 * (nothing was stored, the transaction rolls back: {@link #SNAPSHOT_UNREADABLE}, the input's fault), or a stored
 * version that no longer reads ({@link #VERSION_UNREADABLE}: written by an older release or by hand; its earlier
 * versions can still be restored and a fresh import replaces it).
 */
public class SnapshotUnreadableException extends RuntimeException {

	/** A save refused: what it would store could not be read back. */
	public static final String SNAPSHOT_UNREADABLE = "SNAPSHOT_UNREADABLE";

	/** A stored version that cannot be read. */
	public static final String VERSION_UNREADABLE = "VERSION_UNREADABLE";

	private final String code;

	private final UUID sheetId;

	private final Integer version;

	public SnapshotUnreadableException(String code, UUID sheetId, Integer version, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
		this.sheetId = sheetId;
		this.version = version;
	}

	public static SnapshotUnreadableException stored(UUID sheetId, Integer version, Throwable cause) {
		return new SnapshotUnreadableException(VERSION_UNREADABLE, sheetId, version,
				"このシートの" + (version == null ? "" : "第" + version + "版の") + "保存内容を読み込めません。"
						+ "以前の版を復元するか、ファイルを取り込み直してください。",
				cause);
	}

	public static SnapshotUnreadableException refused(UUID sheetId, String reason, Throwable cause) {
		return new SnapshotUnreadableException(SNAPSHOT_UNREADABLE, sheetId, null,
				"この内容は保存しても読み戻せないため、保存しませんでした（" + reason + "）。長すぎる値や大きすぎる数がないか確認してください。",
				cause);
	}

	/** Whether a save was refused (the input's fault), not a stored version found unreadable. */
	public boolean refusedSave() {
		return SNAPSHOT_UNREADABLE.equals(code);
	}

	public String code() {
		return code;
	}

	/** The sheet concerned; null for a save of a sheet not yet stored. */
	public UUID sheetId() {
		return sheetId;
	}

	public Integer version() {
		return version;
	}
}
