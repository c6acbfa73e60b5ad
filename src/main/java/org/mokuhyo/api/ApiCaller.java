package org.mokuhyo.api;

import java.util.Optional;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.portal.PublicLists;
import org.mokuhyo.token.ApiToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling the API: an account (HTTP Basic), an API token, or the public; and the municipality a URL names.
 */
@Component
class ApiCaller {

	private final Access access;

	private final PublicLists lists;

	ApiCaller(Access access, PublicLists lists) {
		this.access = access;
		this.lists = lists;
	}

	/** The token of this request, if it came with one. */
	Optional<ApiToken> token() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthentication t
				? Optional.of(t.token()) : Optional.empty();
	}

	/** Whom the services check: the signed-in account, or the token as an editor of its departments; null: public. */
	CurrentUser actor() {
		return token().map(ApiToken::actor).orElseGet(access::signedIn);
	}

	/** Staff (an account of any role): they read drafts. A token never does. */
	boolean staff() {
		return access.canSeeDrafts(access.signedIn());
	}

	/**
	 * The municipality a URL names, by its 全国地方公共団体コード or, for one without a code, by its name; 404 when there
	 * is none. The public only finds municipalities with a published sheet.
	 */
	PublicLists.Municipality municipality(String codeOrName) {
		String key = codeOrName == null ? "" : codeOrName.strip();
		return lists.municipality(key, !staff() && token().isEmpty())
			.orElseThrow(() -> new ApiProblem(org.springframework.http.HttpStatus.NOT_FOUND, "NOT_FOUND",
					"指定された自治体（" + key + "）は見つかりません"));
	}
}
