/**
 * What administrators keep: accounts and their e-mail, API tokens, the audit log, departments, the 総合計画 and 基本政策
 * lists, fiscal years, the municipality, and 一括取込み (bulk import of archives, {@code /imports/archive/**}).
 */
package org.mokuhyo.web.admin;
