/**
 * The JSON API ({@code /api/v1}): importing sheets and reading them as open data. Errors are always
 * {@code {"code": ..., "message": ...}} with a 4xx status; the sheet itself is served in its open-data format.
 * Stateless, with its own filter chain ({@code ApiSecurityConfiguration}): reads are public, imports need HTTP Basic.
 */
package org.mokuhyo.api;
