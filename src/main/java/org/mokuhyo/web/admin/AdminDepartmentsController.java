package org.mokuhyo.web.admin;

import org.mokuhyo.account.Access;
import org.mokuhyo.organization.DepartmentChangeRefusedException;
import org.mokuhyo.organization.DepartmentMaintenance;
import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.Organizations;
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
 * 部局 of the administrator's municipality (administrators only, as all of {@code /admin/**}): the list with each
 * one's sheets; add one before any of its sheets exists (so accounts can be given it), rename one without sheets.
 * Post/redirect/get; a refused change shows the page again with the reason and what was typed.
 */
@Controller
@RequestMapping("/admin/departments")
class AdminDepartmentsController {

	private final DepartmentMaintenance departments;

	private final Organizations organizations;

	private final Access access;

	AdminDepartmentsController(DepartmentMaintenance departments, Organizations organizations, Access access) {
		this.departments = departments;
		this.organizations = organizations;
		this.access = access;
	}

	@GetMapping
	ModelAndView page() {
		return page(Typed.NONE, null);
	}

	@PostMapping
	ModelAndView add(@RequestParam(name = "name", required = false) String name, RedirectAttributes redirect) {
		DepartmentRef added;
		try {
			added = departments.add(municipality(), name);
		}
		catch (DepartmentChangeRefusedException ex) {
			return page(new Typed(null, name), ex);
		}
		redirect.addFlashAttribute("message", "部局「" + added.name() + "」を追加しました。");
		return new ModelAndView("redirect:/admin/departments");
	}

	@PostMapping("/{id}")
	ModelAndView rename(@PathVariable("id") long id, @RequestParam(name = "name", required = false) String name,
			RedirectAttributes redirect) {
		DepartmentRef before;
		try {
			before = departments.rename(municipality(), id, name);
		}
		catch (DepartmentChangeRefusedException ex) {
			return page(new Typed(id, name), ex);
		}
		redirect.addFlashAttribute("message", before.name().equals(name.strip()) ? "部局名は変わっていません。"
				: "部局「" + before.name() + "」の名前を「" + name.strip() + "」に変更しました。");
		return new ModelAndView("redirect:/admin/departments");
	}

	private ModelAndView page(Typed typed, DepartmentChangeRefusedException refused) {
		if (refused != null && refused.reason() == DepartmentChangeRefusedException.Reason.NOT_FOUND) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		long municipality = municipality();
		ModelAndView page = new ModelAndView("web/admin/departments");
		page.addObject("rows", departments.list(municipality));
		page.addObject("municipality", organizations.findMunicipality(municipality).map(m -> m.name()).orElse(""));
		page.addObject("typed", typed);
		if (refused != null) {
			page.addObject("error", refused.getMessage());
			page.setStatus(AdminRefusals.status(refused.reason()));
		}
		return page;
	}

	private long municipality() {
		return access.signedIn().municipalityId();
	}

	/**
	 * What was typed into the form that was refused, shown again: the add form ({@code row} null) or one
	 * department's row. Public for the SpEL compiler.
	 */
	public record Typed(Long row, String name) {

		static final Typed NONE = new Typed(null, null);

		public boolean isRow(long id) {
			return row != null && row == id;
		}
	}
}
