/**
 * The yearly cycle around a sheet: its workflow steps and hearings ({@code /sheets/{id}/workflow}), the year-end
 * review form, progress per quarter ({@code /sheets/{id}/progress}), the due updates ({@code /progress/due}) and
 * the year's progress workbook ({@code /progress/workbook}).
 */
package org.mokuhyo.web.cycle;
