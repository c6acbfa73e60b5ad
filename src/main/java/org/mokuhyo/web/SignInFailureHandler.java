package org.mokuhyo.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mokuhyo.platform.DatabaseFailures;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed sign-in goes back to the form with one of two messages: the general one (wrong name or password, whichever
 * it was), or the lock-out after repeated failures. Neither says whether the name exists. A sign-in that could not
 * be checked because the database is unreachable is neither: it goes on as that failure, to the 503 page.
 */
final class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof InternalAuthenticationServiceException && DatabaseFailures.isUnavailable(exception)) {
			// not a wrong password: the accounts could not be read. The 503 page says so (DatabaseUnavailableFilter).
			throw exception;
		}
		getRedirectStrategy().sendRedirect(request, response,
				exception instanceof LockedException ? "/login?locked" : "/login?error");
	}
}
