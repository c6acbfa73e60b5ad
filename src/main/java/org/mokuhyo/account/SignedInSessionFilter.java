package org.mokuhyo.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a browser session's user current: on each request of a signed-in session the account is read again (one
 * small query; the public's requests never get here), so changed roles or departments apply at once and a disabled
 * or deleted account is signed out (its session ends; the request goes on as the public's). Added by the pages'
 * filter chain after the session's security context is loaded and before authorisation.
 */
public final class SignedInSessionFilter extends OncePerRequestFilter {

	private final Accounts accounts;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	public SignedInSessionFilter(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = holder.getContext().getAuthentication();
		Optional<CurrentUser> signedIn = CurrentUser.of(authentication);
		if (signedIn.isPresent()) {
			Optional<CurrentUser> now = accounts.currentUser(signedIn.get().id());
			if (now.isEmpty()) {
				holder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!now.get().equals(signedIn.get())) {
				replace(request, authentication, now.get());
			}
		}
		chain.doFilter(request, response);
	}

	private void replace(HttpServletRequest request, Authentication old, CurrentUser user) {
		AccountPrincipal principal = new AccountPrincipal(user, null);
		UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(principal,
				null, principal.getAuthorities());
		updated.setDetails(old.getDetails());
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(updated);
		holder.setContext(context);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		}
	}
}
