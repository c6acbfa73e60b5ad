package org.mokuhyo.web;

import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.SignedInSessionFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may open which page. Sign-in by form ({@code /login}), sign-out by {@code POST /logout}, CSRF tokens on every
 * form. The public reads the list and published sheets without a session (so {@code /sheets/{id}} can be served
 * from the shared response cache); everything not named here needs a signed-in user, so a new page is closed until
 * it is opened on purpose. The department checks of an import are the controller's, through
 * {@link org.mokuhyo.account.Access}. The API has its own chain (api module), which comes first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // the command-line verbs run without one
class WebSecurityConfiguration {

	static final String[] PUBLIC_RESOURCES = { "/css/**", "/js/**", "/schemas/**", "/webjars/**", "/favicon.ico",
			"/error", "/login" };

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE - 10)
	SecurityFilterChain pages(HttpSecurity http, Accounts accounts) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(PUBLIC_RESOURCES).permitAll()
			.requestMatchers(HttpMethod.GET, "/", "/sheets/*").permitAll()
			// a sheet as Excel: the published version for the public, as on the sheet page (its controller decides)
			.requestMatchers(HttpMethod.GET, "/sheets/*/export.xlsx").permitAll()
			// 分野から探す: published versions only, the same for everyone
			.requestMatchers(HttpMethod.GET, "/browse", "/browse/**").permitAll()
			.requestMatchers(HttpMethod.GET, "/search").permitAll() // the index holds published sheets only
			// 経年比較: published versions for the public; its controller gives staff the current ones on request
			.requestMatchers(HttpMethod.GET, "/compare-years").permitAll()
			// a municipality's short addresses (/m/272035/…): redirects to the public pages, which check their own rights
			.requestMatchers(HttpMethod.GET, "/m/*", "/m/*/*").permitAll()
			// open data: files of published versions only, written from the read model (opendata)
			.requestMatchers(HttpMethod.GET, "/open-data", "/open-data/**").permitAll()
			// dashboards: the city's of published sheets; a sheet's answers the public from its published version
			.requestMatchers(HttpMethod.GET, "/dashboard", "/dashboard/**", "/sheets/*/dashboard").permitAll()
			// history pages are for staff: their controller answers the public with the 404 of an unknown page
			.requestMatchers(HttpMethod.GET, "/sheets/*/versions", "/sheets/*/versions/*", "/sheets/*/compare")
			.permitAll()
			// so are the edit forms: the public gets a 404 from the controller, not a sign-in redirect
			.requestMatchers(HttpMethod.GET, "/sheets/*/edit", "/sheets/*/edit/basics", "/sheets/*/edit/goals/*",
					"/sheets/*/edit/mid-term/*")
			.permitAll()
			// the review form too: the public gets the same 404 as for an unknown sheet
			.requestMatchers(HttpMethod.GET, "/sheets/*/review").permitAll()
			// 印刷用 PDF: the version the sheet page shows the reader (published for the public, 404 otherwise)
			.requestMatchers(HttpMethod.GET, "/sheets/*/export.pdf").permitAll()
			.requestMatchers(HttpMethod.POST, "/import").hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
			// 一括取込み: whoever may import; the controller shows each their own imports (administrators everyone's)
			.requestMatchers("/imports/archive", "/imports/archive/**").hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
			// 年度の一覧表: its download is for all staff (anyRequest below); importing progress for those who report it
			.requestMatchers("/progress/workbook/import").hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
			.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.failureHandler(new SignInFailureHandler())
				.defaultSuccessUrl("/", false))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new UploadCsrfTokenHandler()))
			.exceptionHandling(errors -> errors.accessDeniedHandler(new UnreadableUploadHandler()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> PageSecurityHeaders.apply()
				.customize(headers.cacheControl(cache -> cache.disable()).addHeaderWriter(new PublicPageCacheHeaders())))
			.addFilterBefore(new SignedInSessionFilter(accounts), AuthorizationFilter.class);
		return http.build();
	}
}
