package org.mokuhyo.web.admin;

import org.mokuhyo.account.Access;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.plan.BasicPolicy;
import org.mokuhyo.plan.PlanChangeRefusedException;
import org.mokuhyo.plan.PlanMaintenance;
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
 * 基本政策 of the administrator's municipality (administrators only, as all of {@code /admin/**}): the list by number
 * with the goals linked to each; add one, change a title, delete one no goal links to. Post/redirect/get; a refused
 * change shows the page again with the reason and what was typed.
 */
@Controller
@RequestMapping("/admin/policies")
class AdminPoliciesController {

	private final PlanMaintenance plan;

	private final Organizations organizations;

	private final Access access;

	AdminPoliciesController(PlanMaintenance plan, Organizations organizations, Access access) {
		this.plan = plan;
		this.organizations = organizations;
		this.access = access;
	}

	@GetMapping
	ModelAndView page() {
		return page(Typed.NONE, null);
	}

	@PostMapping
	ModelAndView add(@RequestParam(name = "number", required = false) String number,
			@RequestParam(name = "title", required = false) String title, RedirectAttributes redirect) {
		BasicPolicy policy;
		try {
			policy = plan.addPolicy(municipality(), number, title);
		}
		catch (PlanChangeRefusedException ex) {
			return page(new Typed(null, number, title), ex);
		}
		redirect.addFlashAttribute("message", "基本政策" + policy.number() + "を追加しました。");
		return new ModelAndView("redirect:/admin/policies");
	}

	@PostMapping("/{id}")
	ModelAndView changeTitle(@PathVariable("id") long id, @RequestParam(name = "title", required = false) String title,
			RedirectAttributes redirect) {
		try {
			plan.changePolicyTitle(municipality(), id, title);
		}
		catch (PlanChangeRefusedException ex) {
			return page(new Typed(id, null, title), ex);
		}
		redirect.addFlashAttribute("message", "政策名を変更しました。");
		return new ModelAndView("redirect:/admin/policies");
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable("id") long id, RedirectAttributes redirect) {
		BasicPolicy policy;
		try {
			policy = plan.deletePolicy(municipality(), id);
		}
		catch (PlanChangeRefusedException ex) {
			return page(new Typed(id, null, null), ex);
		}
		redirect.addFlashAttribute("message", "基本政策" + policy.number() + "を削除しました。");
		return new ModelAndView("redirect:/admin/policies");
	}

	private ModelAndView page(Typed typed, PlanChangeRefusedException refused) {
		if (refused != null && refused.reason() == PlanChangeRefusedException.Reason.NOT_FOUND) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		long municipality = municipality();
		ModelAndView page = new ModelAndView("web/admin/policies");
		page.addObject("rows", plan.policies(municipality));
		page.addObject("municipality", organizations.findMunicipality(municipality).map(m -> m.name()).orElse(""));
		page.addObject("typed", typed);
		if (refused != null) {
			page.addObject("error", refused.getMessage());
			page.addObject("errorField", refused.field());
			page.setStatus(AdminRefusals.status(refused.reason()));
		}
		return page;
	}

	private long municipality() {
		return access.signedIn().municipalityId();
	}

	/**
	 * What was typed into the form that was refused, shown again: the add form ({@code row} null) or one policy's
	 * row. Public for the SpEL compiler.
	 */
	public record Typed(Long row, String number, String title) {

		static final Typed NONE = new Typed(null, null, null);

		public boolean isRow(long id) {
			return row != null && row == id;
		}
	}
}
