package org.mokuhyo.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language: Japanese, the city's own, whatever the browser's Accept-Language says; English once the reader
 * follows the header's 「English」 link ({@code ?lang=en}), remembered in a cookie (the public has no session) until
 * 「日本語」 ({@code ?lang=ja}). Only these two: anything else reads as Japanese, so no page shows a missing message.
 */
@Configuration(proxyBeanMethods = false)
public class WebLocaleConfiguration implements WebMvcConfigurer {

	static final String PARAMETER = "lang";

	static final String COOKIE = "mokuhyo-lang";

	static final Locale JAPANESE = Locale.JAPANESE;

	static final Locale ENGLISH = Locale.ENGLISH;

	/** Named as DispatcherServlet looks it up (Boot's own Accept-Language resolver then steps back). */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver cookie = cookieResolver(false);
		// a request the proxy received over HTTPS (forward headers) gets its cookie marked Secure, as the session's is
		CookieLocaleResolver secureCookie = cookieResolver(true);
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return supported(cookie.resolveLocale(request));
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				(request.isSecure() ? secureCookie : cookie).setLocale(request, response,
						locale == null ? null : supported(locale));
			}
		};
	}

	private static CookieLocaleResolver cookieResolver(boolean secure) {
		CookieLocaleResolver cookie = new CookieLocaleResolver(COOKIE);
		cookie.setDefaultLocale(JAPANESE);
		cookie.setCookieMaxAge(Duration.ofDays(365));
		cookie.setCookieHttpOnly(true);
		cookie.setCookieSameSite("Lax");
		cookie.setCookieSecure(secure);
		return cookie;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	static Locale supported(Locale locale) {
		return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : JAPANESE;
	}

	/**
	 * The variant of the shared sheet-page cache this request reads, as the resolver above will decide it before
	 * rendering: {@code page} (Japanese, as before) or {@code page-en}; null for a request that switches the language,
	 * which must reach the controller so that the switch sets its cookie.
	 */
	public static String pageVariant(HttpServletRequest request) {
		if (request.getQueryString() != null) {
			// ?lang= switches and sets the cookie; any other parameter (the navigation carries ?municipality=) may
			// change the page's links: only the plain address is the shared page
			return null;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie c : cookies) {
				if (COOKIE.equals(c.getName()) && c.getValue() != null
						&& supported(Locale.forLanguageTag(c.getValue().strip())) == ENGLISH) {
					return "page-en";
				}
			}
		}
		return "page";
	}
}
