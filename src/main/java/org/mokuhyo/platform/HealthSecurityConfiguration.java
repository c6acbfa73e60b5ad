package org.mokuhyo.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The health answers ({@link HealthEndpoints}) open to every probe, GET only, in a chain of their own: stateless, so
 * a probe never starts a session and a session cookie sent along is not read (reading it would ask the database about
 * the account, which is the pages' chain's business).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HealthSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 12)
	SecurityFilterChain health(HttpSecurity http) throws Exception {
		http.securityMatcher(HealthEndpoints.PATHS)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET).permitAll().anyRequest().denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable()); // GET only: nothing to forge
		return http.build();
	}
}
