/**
 * What changed: a sheet's versions, one version, the comparison of two and the restore of an earlier one ({@code
 * /sheets/{id}/versions…}, {@code /sheets/{id}/compare}), and 経年比較, a department's sheets of two fiscal years side
 * by side ({@code /compare-years}).
 */
package org.mokuhyo.web.history;
