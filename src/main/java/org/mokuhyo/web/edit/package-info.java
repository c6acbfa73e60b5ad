/**
 * Editing a sheet: a new empty sheet ({@code /sheets/new}), the basics, annual and mid-term goal forms ({@code
 * /sheets/{id}/edit/…}) with a preview of the notation, the shared open → check version → save → conflict flow
 * ({@code SheetEditing}) and the limits of what a form may hold.
 */
package org.mokuhyo.web.edit;
