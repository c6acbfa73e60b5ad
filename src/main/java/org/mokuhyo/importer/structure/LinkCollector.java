package org.mokuhyo.importer.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mokuhyo.importer.read.SourceBlock;
import org.mokuhyo.importer.read.SourceCell;
import org.mokuhyo.kernel.JapaneseText;
import org.mokuhyo.plan.PlanCode;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;

/**
 * Reads the 総合計画 and 基本政策 links under a goal. The source spreads them freely: marker, code and text in one
 * paragraph or in separate cells, a code cut in two ({@code 5-2-} | {@code (1) …}), policy numbers and titles in
 * alternate cells. So the cells are read as one stream of text pieces, with a small state machine.
 */
final class LinkCollector {

	private static final Pattern POLICY = Pattern.compile("^([0-9０-９]{1,3})(?:\\s+|(?=[^0-9０-９]))?(.*)$");

	/** Where a second plan code starts inside one piece of text. */
	private static final Pattern NEXT_CODE = Pattern.compile("(?<=\\s)(?=[0-9０-９]{1,2}\\s*[-－‐−–—ー]\\s*[0-9０-９]{1,2}\\s*[-－‐−–—ー])");

	/**
	 * Where a second policy starts in one piece of text ({@code 47 生活困窮者支援の充実 48 就労相談・支援の拡充}): a number
	 * of up to three digits after a space, before a space and words.
	 */
	private static final Pattern NEXT_POLICY = Pattern.compile("(?<=\\S\\s)(?=[0-9０-９]{1,3}\\s+[^\\s0-9０-９])");

	private static final Pattern MARKER_NOISE = Pattern.compile("[\\s:：【】\\[\\]<>]");

	private enum Mode {
		NONE, PLAN, POLICY
	}

	private final Warnings warnings;

	private final List<PlanLink> planLinks = new ArrayList<>();

	private final List<PolicyLink> policyLinks = new ArrayList<>();

	private Mode mode = Mode.NONE;

	/** A plan code read, waiting for its text (or, when partial like 5-2-, for its (n) part). */
	private String pendingCode;

	private boolean pendingPartial;

	private Integer pendingPolicy;

	private int pendingLine;

	private Integer pendingColumn;

	LinkCollector(Warnings warnings) {
		this.warnings = warnings;
	}

	/** True when the cell holds a 総合計画 / 基本政策 label: a run of its own, or the start of a block. */
	static boolean hasMarker(SourceCell cell) {
		return LinkMarkers.startsSomeBlock(cell) || cell.blocks()
			.stream()
			.flatMap(b -> b.runs().stream())
			.anyMatch(r -> markerOf(r.text()) != Mode.NONE);
	}

	boolean active() {
		return mode != Mode.NONE;
	}

	void accept(SourceCell cell) {
		for (SourceBlock block : cell.blocks()) {
			for (SourceBlock.Run run : block.runs()) {
				accept(run.text(), cell.line(), cell.column());
			}
		}
	}

	/** Text of the link area: labels anywhere in it switch the mode; the rest is cut into links per mode. */
	void accept(String text, int line, Integer column) {
		for (String piece : LinkMarkers.split(text)) {
			if (markerOf(piece) != Mode.NONE) {
				acceptPiece(piece, line, column);
				continue;
			}
			Pattern next = mode == Mode.POLICY ? NEXT_POLICY : NEXT_CODE;
			for (String p : next.split(piece)) {
				if (!p.isBlank()) {
					acceptPiece(p.strip(), line, column);
				}
			}
		}
	}

	private static Mode markerOf(String text) {
		if (text.length() > 12) {
			return Mode.NONE; // a marker is the word alone, give or take brackets and spaces
		}
		String t = MARKER_NOISE.matcher(JapaneseText.normalize(text)).replaceAll("");
		return switch (t) {
			case "総合計画" -> Mode.PLAN;
			case "基本政策" -> Mode.POLICY;
			default -> Mode.NONE;
		};
	}

	private void acceptPiece(String piece, int line, Integer column) {
		Mode marker = markerOf(piece);
		if (marker != Mode.NONE) {
			flushPending();
			mode = marker;
			return;
		}
		switch (mode) {
			case PLAN -> plan(piece, line, column);
			case POLICY -> policy(piece, line, column);
			case NONE -> warnings.unplaced(line, column, piece);
		}
	}

	private void plan(String piece, int line, Integer column) {
		if (pendingCode != null && pendingPartial) {
			Optional<PlanCode.Split> tail = PlanCode.splitParenStart(piece);
			if (tail.isPresent()) {
				String joined = PlanCode.normalize(pendingCode + "-" + tail.get().code()).orElse(pendingCode);
				pendingCode = null;
				addPlan(joined, tail.get().rest(), line, column);
				return;
			}
		}
		Optional<PlanCode.Split> split = PlanCode.split(piece);
		if (split.isPresent()) {
			flushPending();
			if (split.get().incomplete() || split.get().rest().isBlank()) {
				pendingCode = split.get().code();
				pendingPartial = split.get().incomplete();
				pendingLine = line;
				pendingColumn = column;
			}
			else {
				addPlan(split.get().code(), split.get().rest(), line, column);
			}
			return;
		}
		if (pendingCode != null) {
			String code = pendingCode;
			pendingCode = null;
			addPlan(code, piece, line, column);
			return;
		}
		warnings.add(line, column, "PLAN_LINK_WITHOUT_CODE", "総合計画のコードが読み取れない記載です", piece);
	}

	private void addPlan(String code, String text, int line, Integer column) {
		if (planLinks.stream().noneMatch(l -> l.code().equals(code))) {
			planLinks.add(new PlanLink(code, text == null || text.isBlank() ? null : text.strip()));
		}
		else {
			warnings.add(line, column, "DUPLICATE_LINK", "同じ総合計画への重複したリンクです", code);
		}
	}

	private void policy(String piece, int line, Integer column) {
		Matcher m = POLICY.matcher(piece);
		if (m.matches()) {
			flushPending();
			int number = Integer.parseInt(JapaneseText.normalize(m.group(1)));
			String title = m.group(2) == null ? "" : m.group(2).strip();
			if (title.isEmpty()) {
				pendingPolicy = number;
				pendingLine = line;
				pendingColumn = column;
			}
			else {
				addPolicy(number, title, line, column);
			}
			return;
		}
		if (pendingPolicy != null) {
			int number = pendingPolicy;
			pendingPolicy = null;
			addPolicy(number, piece, line, column);
			return;
		}
		warnings.add(line, column, "POLICY_LINK_WITHOUT_NUMBER", "基本政策の番号が読み取れない記載です", piece);
	}

	private void addPolicy(int number, String title, int line, Integer column) {
		if (policyLinks.stream().noneMatch(l -> l.number() == number)) {
			policyLinks.add(new PolicyLink(number, title.strip()));
		}
		else {
			warnings.add(line, column, "DUPLICATE_LINK", "同じ基本政策への重複したリンクです", number + " " + title);
		}
	}

	private void flushPending() {
		if (pendingCode != null) {
			if (pendingPartial) {
				warnings.add(pendingLine, pendingColumn, "PLAN_CODE_INCOMPLETE", "総合計画のコードが途中で切れています",
						pendingCode);
			}
			planLinks.add(new PlanLink(pendingCode, null));
			pendingCode = null;
		}
		if (pendingPolicy != null) {
			warnings.add(pendingLine, pendingColumn, "POLICY_TITLE_MISSING", "基本政策の名称がありません",
					String.valueOf(pendingPolicy));
			policyLinks.add(new PolicyLink(pendingPolicy, null));
			pendingPolicy = null;
		}
	}

	List<PlanLink> planLinks() {
		flushPending();
		return List.copyOf(planLinks);
	}

	List<PolicyLink> policyLinks() {
		flushPending();
		return List.copyOf(policyLinks);
	}
}
