package org.mokuhyo.web;

import org.mokuhyo.account.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The sign-in form; Spring Security handles its POST and the sign-out. Its notices are message keys (messages_ja…).
 */
@Controller
class LoginController {

	@GetMapping("/login")
	ModelAndView login(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "locked", required = false) String locked,
			@RequestParam(name = "logout", required = false) String logout) {
		if (CurrentUser.signedIn().isPresent() && error == null && locked == null) {
			return new ModelAndView("redirect:/");
		}
		ModelAndView page = new ModelAndView("web/login");
		if (error != null) {
			page.addObject("loginError", "login.error.failed");
		}
		else if (locked != null) {
			page.addObject("loginError", "login.error.locked");
		}
		if (logout != null) {
			page.addObject("loginMessage", "login.signed-out");
		}
		return page;
	}
}
