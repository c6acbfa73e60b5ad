package org.mokuhyo.account;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts as Spring Security's only way to authenticate: with exactly one {@link AuthenticationProvider} bean,
 * every filter chain (the pages' form login, the API's HTTP Basic) uses it, and Boot creates no default user.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

	@Bean
	AuthenticationProvider accountAuthenticationProvider(Accounts accounts, JdbcClient jdbc, Clock clock,
			@Value("${mokuhyo.sign-in.max-failures-per-address:200}") int maxFailuresPerAddress) {
		return new AccountAuthenticationProvider(accounts, new SignInThrottle(jdbc, clock, maxFailuresPerAddress),
				new VerifiedPasswords(clock));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return Passwords.ENCODER;
	}
}
