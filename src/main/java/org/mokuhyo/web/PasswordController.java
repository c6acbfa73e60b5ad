package org.mokuhyo.web;

import org.mokuhyo.account.AccountException;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user changes their own password (the current one is required).
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final Accounts accounts;

	PasswordController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	ModelAndView form() {
		return page(null, null, HttpStatus.OK);
	}

	@PostMapping
	ModelAndView change(@RequestParam(name = "currentPassword", required = false) String currentPassword,
			@RequestParam(name = "password", required = false) String password,
			@RequestParam(name = "passwordAgain", required = false) String passwordAgain, RedirectAttributes redirect) {
		CurrentUser me = CurrentUser.signedIn().orElseThrow();
		if (password == null || !password.equals(passwordAgain)) {
			return page("passwordAgain", "新しいパスワードが確認用と一致しません。", HttpStatus.BAD_REQUEST);
		}
		try {
			accounts.changePassword(me.id(), currentPassword, password);
		}
		catch (AccountException ex) {
			return page(ex.field(), ex.getMessage(), HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("message", "パスワードを変更しました。");
		return new ModelAndView("redirect:/account/password");
	}

	private static ModelAndView page(String errorField, String error, HttpStatus status) {
		ModelAndView page = new ModelAndView("web/account/password");
		page.addObject("errorField", errorField);
		page.addObject("error", error);
		page.setStatus(status);
		return page;
	}
}
