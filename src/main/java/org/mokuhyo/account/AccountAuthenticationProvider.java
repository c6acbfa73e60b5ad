package org.mokuhyo.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Username and password against the accounts, for the sign-in form and HTTP Basic alike: Spring's
 * {@link DaoAuthenticationProvider} (bcrypt, and the same time spent for unknown names) behind the
 * {@link SignInThrottle}. Unknown and disabled accounts fail like a wrong password.
 */
final class AccountAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	AccountAuthenticationProvider(Accounts accounts, SignInThrottle throttle) {
		UserDetailsService users = username -> accounts.principal(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown or disabled"));
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(Passwords.ENCODER);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		if (throttle.isLocked(username)) {
			throw new LockedException("too many failed sign-ins");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.failed(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
