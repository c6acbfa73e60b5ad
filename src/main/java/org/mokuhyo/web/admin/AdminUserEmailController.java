package org.mokuhyo.web.admin;

import org.mokuhyo.account.AccountException;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Contacts;
import org.mokuhyo.web.ErrorPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An account's e-mail address, kept apart from the account form (the reminders of due progress updates are its only
 * use): a small form on the account's page. Administrators only, like all of {@code /admin/**}.
 */
@Controller
class AdminUserEmailController {

	private final Accounts accounts;

	private final Contacts contacts;

	AdminUserEmailController(Accounts accounts, Contacts contacts) {
		this.accounts = accounts;
		this.contacts = contacts;
	}

	@PostMapping("/admin/users/{id}/email")
	ModelAndView save(@PathVariable("id") long id, @RequestParam(name = "email", required = false) String email,
			RedirectAttributes redirect) {
		// only the accounts of the administrator's own municipality
		long mine = org.mokuhyo.account.CurrentUser.signedIn().map(u -> u.municipalityId()).orElse(-1L);
		if (accounts.find(id).filter(u -> u.municipalityId() == mine).isEmpty()) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		try {
			contacts.setEmail(id, email);
			redirect.addFlashAttribute("message", email == null || email.isBlank() ? "メールアドレスを削除しました。"
					: "メールアドレスを保存しました。");
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("emailError", ex.getMessage());
			redirect.addFlashAttribute("emailTyped", email);
		}
		return new ModelAndView("redirect:/admin/users/" + id + "#email-heading");
	}
}
