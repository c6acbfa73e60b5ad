package org.mokuhyo.web.admin;

import org.mokuhyo.account.Access;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.plan.PlanChangeRefusedException;
import org.mokuhyo.plan.PlanMaintenance;
import org.mokuhyo.plan.PlanNode;
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
 * 総合計画 of the administrator's municipality ({@code /admin/**} is closed to everyone else by
 * {@link WebSecurityConfiguration}): the tree with the goals linked to each node; add a node, reword one, delete one
 * no goal links to. Post/redirect/get; a refused change shows the page again with the reason and what was typed.
 */
@Controller
@RequestMapping("/admin/plan")
class AdminPlanController {

	private final PlanMaintenance plan;

	private final Organizations organizations;

	private final Access access;

	AdminPlanController(PlanMaintenance plan, Organizations organizations, Access access) {
		this.plan = plan;
		this.organizations = organizations;
		this.access = access;
	}

	@GetMapping
	ModelAndView page() {
		return page(Typed.NONE, null);
	}

	@PostMapping
	ModelAndView add(@RequestParam(name = "code", required = false) String code,
			@RequestParam(name = "text", required = false) String text, RedirectAttributes redirect) {
		PlanNode node;
		try {
			node = plan.addNode(municipality(), code, text);
		}
		catch (PlanChangeRefusedException ex) {
			return page(new Typed(null, code, text), ex);
		}
		redirect.addFlashAttribute("message", "「" + node.code() + "」を追加しました。");
		return new ModelAndView("redirect:/admin/plan");
	}

	@PostMapping("/{id}")
	ModelAndView changeText(@PathVariable("id") long id, @RequestParam(name = "text", required = false) String text,
			RedirectAttributes redirect) {
		try {
			plan.changeNodeText(municipality(), id, text);
		}
		catch (PlanChangeRefusedException ex) {
			return page(new Typed(id, null, text), ex);
		}
		redirect.addFlashAttribute("message", "内容を変更しました。");
		return new ModelAndView("redirect:/admin/plan");
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable("id") long id, RedirectAttributes redirect) {
		PlanNode node;
		try {
			node = plan.deleteNode(municipality(), id);
		}
		catch (PlanChangeRefusedException ex) {
			return page(new Typed(id, null, null), ex);
		}
		redirect.addFlashAttribute("message", "「" + node.code() + "」を削除しました。");
		return new ModelAndView("redirect:/admin/plan");
	}

	private ModelAndView page(Typed typed, PlanChangeRefusedException refused) {
		if (refused != null && refused.reason() == PlanChangeRefusedException.Reason.NOT_FOUND) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		long municipality = municipality();
		ModelAndView page = new ModelAndView("web/admin/plan");
		page.addObject("rows", plan.tree(municipality));
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
	 * What was typed into the form that was refused, shown again: the add form ({@code row} null) or one node's row.
	 * Public for the SpEL compiler.
	 */
	public record Typed(Long row, String code, String text) {

		static final Typed NONE = new Typed(null, null, null);

		public boolean isRow(long id) {
			return row != null && row == id;
		}
	}
}
