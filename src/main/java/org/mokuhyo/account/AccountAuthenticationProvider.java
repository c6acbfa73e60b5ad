package org.mokuhyo.account;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password against the accounts, for the sign-in form and HTTP Basic alike. In this order: the
 * {@link SignInThrottle} (PostgreSQL) refuses a name or address with too many recent failures before any password
 * is checked; a pair bcrypt accepted a moment ago for the account's current hash ({@link VerifiedPasswords}) passes
 * without bcrypt; anything else goes to Spring's {@link DaoAuthenticationProvider} (bcrypt, and the same time spent
 * for unknown names), whose failures are counted and whose success clears the name's count (a remembered pair does
 * not: that would be a write on every request). A locked name is refused even with a remembered pair, as with any
 * other. Unknown and disabled accounts fail like a wrong password.
 */
final class AccountAuthenticationProvider implements AuthenticationProvider {

	private final Accounts accounts;

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final VerifiedPasswords verified;

	/** How often a password was compared with a hash (bcrypt), for the tests that count the work saved. */
	private final AtomicLong passwordChecks = new AtomicLong();

	AccountAuthenticationProvider(Accounts accounts, SignInThrottle throttle, VerifiedPasswords verified) {
		this.accounts = accounts;
		UserDetailsService users = username -> accounts.principal(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown or disabled"));
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(new CountingEncoder(Passwords.ENCODER, passwordChecks));
		this.throttle = throttle;
		this.verified = verified;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? "" : authentication.getName();
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
				: null;
		long wait = throttle.secondsLocked(username, address);
		if (wait > 0) {
			throw new TooManySignInAttemptsException(wait);
		}
		Optional<AccountPrincipal> account = accounts.principal(username);
		if (account.isPresent() && verified.holds(username, password, account.get().user().id(),
				account.get().getPassword())) {
			return signedIn(account.get(), authentication);
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			if (result.getPrincipal() instanceof AccountPrincipal principal && principal.getPassword() != null) {
				verified.remember(username, password, principal.user().id(), principal.getPassword());
			}
			throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			verified.forget(username, password);
			throttle.failed(username, address);
			throw ex;
		}
	}

	// as DaoAuthenticationProvider answers a success; the provider manager erases the credentials afterwards
	private static Authentication signedIn(AccountPrincipal principal, Authentication request) {
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal,
				request.getCredentials(), principal.getAuthorities());
		result.setDetails(request.getDetails());
		return result;
	}

	long passwordChecks() {
		return passwordChecks.get();
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private record CountingEncoder(PasswordEncoder encoder, AtomicLong checks) implements PasswordEncoder {

		@Override
		public String encode(CharSequence raw) {
			return encoder.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			checks.incrementAndGet();
			return encoder.matches(raw, encoded);
		}

		@Override
		public boolean upgradeEncoding(String encoded) {
			return encoder.upgradeEncoding(encoded);
		}
	}
}
