/**
 * The server-rendered web UI, one sub-package per feature: {@code sheet} (the list, the sheet page, its exports),
 * {@code edit} (the edit forms), {@code history} (versions, comparison, year over year), {@code cycle} (workflow,
 * review, progress), {@code browse} (the public's browsing, search and open data), {@code dashboard} and
 * {@code admin} (incl. bulk import). This package is what they share: the security filter chain
 * ({@code WebSecurityConfiguration}, with {@code PageSecurityHeaders}), the language ({@code WebLocaleConfiguration},
 * {@code PageLanguage}, {@code PageText}), error pages, upload handling, sign-in and the password form, fiscal-year and
 * era wording, and the request rules every public page follows ({@code PublicParameters},
 * {@code PublicRequestException} and its {@code PublicRequestErrors}, {@code MunicipalityScope(s)}, {@code Crumb}).
 * Works without JavaScript; loads nothing from outside. Data-dependent rules are {@link org.mokuhyo.account.Access}'s;
 * nothing here is used by other modules.
 */
@ApplicationModule(allowedDependencies = { "account", "audit", "bulk", "exchange", "history", "importer", "kernel",
		"opendata", "organization", "pdf", "plan", "platform", "portal", "progress", "search", "sheet", "token",
		"workbook", "workflow" })
package org.mokuhyo.web;

import org.springframework.modulith.ApplicationModule;
