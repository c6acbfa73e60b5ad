package org.mokuhyo.sheet;

import java.math.BigDecimal;

/**
 * A numeric target (目標値) named in an action, e.g. 参加者数4,000人 → 4000 人.
 *
 * @param label what is counted, e.g. 参加者数; null when the wording names nothing
 * @param per   the period of a rate, e.g. 年 for 10,000人/年; null otherwise
 * @param text  the source wording the value was read from
 */
public record Target(String label, BigDecimal value, String unit, String per, String text) {
}
