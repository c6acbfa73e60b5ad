/**
 * The public's ways in: 分野から探す ({@code /browse/**}: by 総合計画, 基本政策, flags), 検索 ({@code /search}), a municipality's
 * own addresses ({@code /m/{code}/…}) and the open-data downloads ({@code /open-data}).
 */
package org.mokuhyo.web.browse;
