package org.mokuhyo.web.admin;

import org.mokuhyo.account.Access;
import org.mokuhyo.organization.MunicipalityChangeRefusedException;
import org.mokuhyo.organization.MunicipalityMaintenance;
import org.mokuhyo.organization.MunicipalityRef;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's own municipality (administrators only, as all of {@code /admin/**}): its name, 全国地方公共団体コード,
 * public addresses and what it holds; a municipality an import created without a code gets its code here (once:
 * the code is its address in the API and in open data). Other municipalities are registered by the deployment's
 * operator on the command line ({@code add-municipality}). Post/redirect/get.
 */
@Controller
@RequestMapping("/admin/municipality")
class AdminMunicipalityController {

	private final MunicipalityMaintenance municipalities;

	private final Access access;

	AdminMunicipalityController(MunicipalityMaintenance municipalities, Access access) {
		this.municipalities = municipalities;
		this.access = access;
	}

	@GetMapping
	ModelAndView page() {
		return page(null, null);
	}

	@PostMapping("/code")
	ModelAndView setCode(@RequestParam(name = "code", required = false) String code, RedirectAttributes redirect) {
		MunicipalityRef done;
		try {
			done = municipalities.setCode(access.signedIn().municipalityId(), code);
		}
		catch (MunicipalityChangeRefusedException ex) {
			return page(code, ex);
		}
		redirect.addFlashAttribute("message", "全国地方公共団体コード " + done.code() + " を登録しました。");
		return new ModelAndView("redirect:/admin/municipality");
	}

	private ModelAndView page(String typed, MunicipalityChangeRefusedException refused) {
		ModelAndView page = new ModelAndView("web/admin/municipality");
		page.addObject("row", municipalities.row(access.signedIn().municipalityId()).orElseThrow());
		page.addObject("typed", typed);
		if (refused != null) {
			page.addObject("error", refused.getMessage());
			page.setStatus(refused.reason() == MunicipalityChangeRefusedException.Reason.INVALID ? HttpStatus.BAD_REQUEST
					: HttpStatus.CONFLICT);
		}
		return page;
	}
}
