package org.mokuhyo.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.mokuhyo.kernel.FiscalYearLabels;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the templates need of the page's language ({@code @pageLanguage}): the header's switch to the same page in the
 * other language, and the fiscal years in it. Public for the SpEL compiler.
 */
@Component
public final class PageLanguage {

	/** The page's language: {@code ja} or {@code en}. */
	public String code() {
		return WebLocaleConfiguration.supported(LocaleContextHolder.getLocale()).getLanguage();
	}

	/**
	 * This page's address with {@code lang=} set and its other parameters kept, e.g. /browse/priority?year=2024&lang=en;
	 * on an error page, the address that failed.
	 */
	public String switchTo(String language) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String query = path != null ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
				: request.getQueryString();
		if (path == null) {
			path = request.getRequestURI();
		}
		// never a scheme-relative //host address
		path = "/" + path.replaceFirst("^/+", "");
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam(WebLocaleConfiguration.PARAMETER, WebLocaleConfiguration.supported(Locale.forLanguageTag(language)).getLanguage())
			.build()
			.toUriString();
	}

	/** 令和6年度（2024年度） as the page shows it in Japanese; FY2024 (Reiwa 6) in English. */
	public String fiscalYear(int fiscalYear, String japaneseLabel) {
		return "en".equals(code()) ? FiscalYearLabels.english(fiscalYear) : japaneseLabel;
	}

	/** 令和6年度（2024年度） or FY2024 (Reiwa 6): a year the page computes, without a label of the sheet's own. */
	public String fiscalYear(int fiscalYear) {
		return "en".equals(code()) ? FiscalYearLabels.english(fiscalYear) : FiscalYearLabels.display(fiscalYear);
	}

	/**
	 * The {@code lang} of the sheets' own words shown inside the page's chrome: {@code ja} on an English page
	 * (WCAG 3.1.2), none on a Japanese one (the page's own).
	 */
	public String contentLang() {
		return "en".equals(code()) ? "ja" : null;
	}
}
