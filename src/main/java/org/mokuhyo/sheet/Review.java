package org.mokuhyo.sheet;

/**
 * Year-end review (振り返り) of an annual goal. A field is null while not yet written (the source's 【今年度末に記載】).
 *
 * @param results 実績: 取組みを行った内容・成果
 * @param issues  課題・今後の方向性
 */
public record Review(String results, String issues) {

	public static final Review PENDING = new Review(null, null);

	public boolean pending() {
		return results == null && issues == null;
	}
}
