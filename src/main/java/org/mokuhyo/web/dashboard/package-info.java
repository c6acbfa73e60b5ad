/**
 * The dashboards: the city's coverage and trends ({@code /dashboard}, {@code /dashboard/trends}) and one sheet's
 * progress ({@code /sheets/{id}/dashboard}), charts drawn by ECharts from data the pages carry.
 */
package org.mokuhyo.web.dashboard;
