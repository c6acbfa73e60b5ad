/**
 * The JSON API ({@code /api/v1}): sheets as open data, a municipality's lists (paged, filtered), search, the
 * workflow, progress updates and imports. Errors are always RFC 9457 problems ({@code application/problem+json} with
 * a {@code code}). Stateless, with its own filter chain ({@code ApiSecurityConfiguration}): reads are public; staff
 * use HTTP Basic, other systems API tokens ({@code Authorization: Bearer}, module token), rate-limited per token.
 * The OpenAPI document ({@code /v3/api-docs}) is drawn from these controllers.
 */
@ApplicationModule(allowedDependencies = {
		"account", "importer", "kernel", "organization", "plan", "platform", "portal", "progress", "search", "sheet",
		"token", "workflow" })
package org.mokuhyo.api;

import org.springframework.modulith.ApplicationModule;
