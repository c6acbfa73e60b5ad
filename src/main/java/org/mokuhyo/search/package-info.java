/**
 * 検索: Japanese full-text search over the published sheets (Lucene with kuromoji), one document per annual or
 * mid-term goal and one per sheet for its 使命 and 方針, with facets (年度, 部局, 総合計画, 基本政策, 新規・拡充, 重点,
 * 進捗状況) and highlighted snippets. The index lives on disk ({@code mokuhyo.search.index-dir}) and follows the
 * database: only the version {@code workflow.Workflows.publishedVersion} names is ever indexed, re-read whenever a
 * step or a progress report commits; it is rebuilt from the database at start when missing or of an older format,
 * and by the {@code reindex} verb. Pages and API are the web and api modules'.
 */
@ApplicationModule(allowedDependencies = {
		"kernel", "organization", "plan", "platform", "progress", "sheet", "workflow" })
package org.mokuhyo.search;

import org.springframework.modulith.ApplicationModule;
