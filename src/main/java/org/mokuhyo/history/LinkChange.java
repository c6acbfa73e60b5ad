package org.mokuhyo.history;

/**
 * A link of a goal to a 総合計画 node (by its code) or a 基本政策 (by its number), kept, added or removed between two
 * fiscal years.
 *
 * @param kind  総合計画 or 基本政策
 * @param key   the code (5-1-(3)) or the number (45)
 * @param text  the node's or policy's wording in the newer year (the older where removed); may be null
 */
public record LinkChange(String kind, String key, String text, Difference change) {
}
