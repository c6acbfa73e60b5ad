/**
 * The server-rendered Japanese web UI: the list of sheets with the upload form (for those who may import), each
 * sheet laid out like the official 部局長の目標 (on screen and on A4 landscape paper), the sign-in form, and the
 * administration of accounts. Works without JavaScript; loads nothing from outside. Its Spring Security filter chain
 * ({@code WebSecurityConfiguration}) says which pages are public; data-dependent rules are
 * {@link org.mokuhyo.account.Access}'s. Reads sheets through {@link org.mokuhyo.sheet.SheetStore} and imports through
 * {@link org.mokuhyo.importer.ImportService}; nothing here is used by other modules.
 */
package org.mokuhyo.web;
