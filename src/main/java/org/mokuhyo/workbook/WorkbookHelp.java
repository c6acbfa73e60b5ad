package org.mokuhyo.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The sheet 「説明」: what each column holds and how the workbook is imported again. */
final class WorkbookHelp {

	private WorkbookHelp() {
	}

	static void write(Sheet sheet, WorkbookLayout layout, String[] labels) {
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { "年度の一覧表（行動）", "" });
		lines.add(new String[] { "", "シート「行動」は、その年度のすべての部局の取組み（行動）を1行ずつ並べたものです。" });
		lines.add(new String[] { "取込み", "進行管理の「一覧表から進捗を取り込む」（/progress/workbook/import）またはコマンド"
				+ " import-progress ファイル --quarter 四半期 で、指定した一つの四半期の「進捗状況」「実績」「コメント」を取り込みます。" });
		lines.add(new String[] { "", "行はシートID・取組みID・目標値IDで照合します。ID の列は変更・削除しないでください（列の並べ替えや"
				+ "列の追加はかまいません。見出しの名前で列を探します）。ID のない行（合計やメモ）は、取り込む四半期の列が空なら読み飛ばします。" });
		lines.add(new String[] { "", "既定では、誤りのある行が一つでもあれば何も保存せず、すべての誤りを行・列ごとに示します。"
				+ "「正しい行だけ取り込む」を選ぶと、正しい行だけを保存し、保存しなかった行を示します。内容が変わらない行は保存しません。" });
		lines.add(new String[] { "", "行の進捗状況・実績・コメントをすべて空にすると、その四半期の報告を取り消します。" });
		lines.add(new String[] { "", "ダウンロードの後にほかの人が同じ行を更新していた場合、その行は取り込めません（最新の一覧表を"
				+ "ダウンロードし直してください）。版の列（非表示）がそのために使われます。" });
		lines.add(new String[] { "", "" });
		lines.add(new String[] { "列", "内容" });
		lines.add(new String[] { WorkbookLayout.SHEET_ID + "・" + WorkbookLayout.GOAL_ID + "・" + WorkbookLayout.ACTION_ID,
				"目標シート・当年度目標・取組み（行動）の変わらない ID。取込みの照合に使います。" });
		lines.add(new String[] { "部局・年度", "シートの部局と年度（西暦、4月始まり）" });
		lines.add(new String[] { "目標番号・目標・重点", "当年度目標の番号と文、【重点】の目標は「重点」" });
		lines.add(new String[] { "取組み事項・行動", "(1) などの取組み事項と、①などの取組み内容" });
		lines.add(new String[] { "新規/拡充", "取組みの［新規］［拡充］" });
		lines.add(new String[] { "スケジュール・開始月・終了月", "スケジュールの記載と、読み取った開始月・終了月（4〜3月、読めないときは空）" });
		lines.add(new String[] { "総合計画・基本政策", "目標がつながる総合計画のコード（例 5-1-(3)）と市長の基本政策の番号" });
		lines.add(new String[] { "目標値IDn・目標値n・数値n・単位n", "取組みの n 番目の目標値（サブ項目のものは「・サブ項目：」付き）"
				+ "の ID、記載、数値、単位" });
		lines.add(new String[] { "Qn 進捗状況", "第n四半期の進捗状況: " + String.join("、", labels) });
		lines.add(new String[] { "Qn 実績m", "第n四半期の m 番目の目標値の実績（0以上の数値、例 1,200）" });
		lines.add(new String[] { "Qn コメント", "第n四半期のコメント（2000文字まで）" });
		lines.add(new String[] { "Qn 版（非表示）", "ダウンロードした時点の保存済みの報告の版。変更しないでください。" });
		lines.add(new String[] { "", "目標値の列は " + layout.targetSlots() + " 組あります（この年度で目標値の最も多い取組みの数）。" });
		int r = 0;
		for (String[] line : lines) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(line[0]);
			row.createCell(1).setCellValue(line[1]);
		}
		sheet.setColumnWidth(0, 256 * 30);
		sheet.setColumnWidth(1, 256 * 100);
	}
}
