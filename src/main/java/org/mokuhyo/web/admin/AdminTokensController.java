package org.mokuhyo.web.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.token.ApiTokens;
import org.mokuhyo.token.IssuedToken;
import org.mokuhyo.token.TokenRefusedException;
import org.mokuhyo.token.TokenScope;
import org.mokuhyo.web.ErrorPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * APIトークン of the administrator's municipality (administrators only, as all of {@code /admin/**}): issue one for
 * departments and scopes, list them with their last use, revoke one. A new token's secret is shown on the answer to
 * the issuing post itself, never redirected through the session (a flash attribute would keep it there), and never
 * again: only its hash is stored.
 */
@Controller
@RequestMapping("/admin/tokens")
class AdminTokensController {

	private final ApiTokens tokens;

	private final Organizations organizations;

	private final Access access;

	AdminTokensController(ApiTokens tokens, Organizations organizations, Access access) {
		this.tokens = tokens;
		this.organizations = organizations;
		this.access = access;
	}

	@GetMapping
	ModelAndView page() {
		return page(Form.EMPTY, null, null);
	}

	@PostMapping
	ModelAndView issue(@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "departments", required = false) List<Long> departments,
			@RequestParam(name = "scopes", required = false) List<String> scopes) {
		Form form = new Form(name, departments == null ? List.of() : departments, scopes == null ? List.of() : scopes);
		Set<TokenScope> chosen = EnumSet.noneOf(TokenScope.class);
		for (String s : form.scopes()) {
			try {
				chosen.add(TokenScope.valueOf(s));
			}
			catch (IllegalArgumentException ex) {
				return page(form, new TokenRefusedException(TokenRefusedException.Reason.INVALID,
						"操作の値が正しくありません。ページを読み込み直してください。"), null);
			}
		}
		try {
			return page(Form.EMPTY, null, tokens.issue(user(), name, form.departments(), chosen));
		}
		catch (TokenRefusedException ex) {
			return page(form, ex, null);
		}
	}

	@PostMapping("/{id}/revoke")
	ModelAndView revoke(@PathVariable("id") long id, RedirectAttributes redirect) {
		try {
			var token = tokens.revoke(user(), id);
			redirect.addFlashAttribute("message", "トークン「" + token.name() + "」を失効させました。以後このトークンは使えません。");
		}
		catch (TokenRefusedException ex) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		return new ModelAndView("redirect:/admin/tokens");
	}

	private ModelAndView page(Form form, TokenRefusedException refused, IssuedToken issued) {
		CurrentUser user = user();
		ModelAndView page = new ModelAndView("web/admin/tokens");
		page.addObject("tokens", tokens.list(user.municipalityId()));
		page.addObject("departments", organizations.departments(user.municipalityId()));
		page.addObject("scopes", TokenScope.values());
		page.addObject("municipality",
				organizations.findMunicipality(user.municipalityId()).map(m -> m.name()).orElse(""));
		page.addObject("form", form);
		page.addObject("issued", issued);
		if (refused != null) {
			page.addObject("error", refused.getMessage());
			page.setStatus(HttpStatus.BAD_REQUEST);
		}
		return page;
	}

	private CurrentUser user() {
		return access.signedIn();
	}

	/** What was typed into a refused form, shown again. Public for the SpEL compiler. */
	public record Form(String name, List<Long> departments, List<String> scopes) {

		static final Form EMPTY = new Form(null, List.of(), List.of(TokenScope.PROGRESS.name()));

		public boolean hasDepartment(long id) {
			return departments.contains(id);
		}

		public boolean hasScope(String scope) {
			return scopes.contains(scope);
		}
	}
}
