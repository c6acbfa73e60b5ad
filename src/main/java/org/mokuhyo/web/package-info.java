/**
 * The server-rendered Japanese web UI: the list of sheets with the upload form, and each sheet laid out like the
 * official 部局長の目標 (on screen and on A4 landscape paper). Works without JavaScript; loads nothing from outside.
 * Reads sheets through {@link org.mokuhyo.sheet.SheetStore} and imports through
 * {@link org.mokuhyo.importer.ImportService}; nothing here is used by other modules.
 */
package org.mokuhyo.web;
