package org.mokuhyo.web;

/**
 * One step of a browse page's breadcrumbs; the page itself has no {@code href}.
 */
record BrowseCrumb(String label, String href) {

	static BrowseCrumb here(String label) {
		return new BrowseCrumb(label, null);
	}
}
