package org.mokuhyo.web.admin;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mokuhyo.account.AccountException;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.UserAccount;
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
 * Accounts for administrators ({@code /admin/**} is closed to everyone else by {@link WebSecurityConfiguration}):
 * the list, a new account, its roles and departments, enabling and disabling, a new password. Post/redirect/get; a
 * refused change shows the form again with the reason (400). Departments are chosen from those of the account's
 * municipality.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

	private final Accounts accounts;

	private final Organizations organizations;

	AdminUsersController(Accounts accounts, Organizations organizations) {
		this.accounts = accounts;
		this.organizations = organizations;
	}

	@GetMapping
	ModelAndView list() {
		// the accounts of the administrator's own municipality only
		long mine = me().municipalityId();
		List<UserAccount> users = accounts.list().stream().filter(u -> u.municipalityId() == mine).toList();
		Map<Long, String> departmentNames = users.stream()
			.map(UserAccount::municipalityId)
			.distinct()
			.flatMap(m -> organizations.departments(m).stream())
			.collect(Collectors.toMap(DepartmentRef::id, DepartmentRef::name));
		ModelAndView page = new ModelAndView("web/admin/users");
		page.addObject("users", users);
		page.addObject("departmentNames", departmentNames);
		page.addObject("roles", Role.values());
		return page;
	}

	@GetMapping("/new")
	ModelAndView newUser() {
		return form(null, UserForm.EMPTY, null, null, HttpStatus.OK);
	}

	@PostMapping
	ModelAndView create(@RequestParam(name = "username", required = false) String username,
			@RequestParam(name = "displayName", required = false) String displayName,
			@RequestParam(name = "password", required = false) String password,
			@RequestParam(name = "roles", required = false) List<String> roles,
			@RequestParam(name = "departments", required = false) List<Long> departments,
			RedirectAttributes redirect) {
		UserForm form = new UserForm(username, displayName, roles(roles), departments(departments));
		long municipality = me().municipalityId();
		try {
			accounts.create(username, displayName, password, municipality, form.roles(), form.departments());
		}
		catch (AccountException ex) {
			return form(null, form, ex.field(), ex.getMessage(), HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("message", "ユーザー「" + username.strip() + "」を作成しました。");
		return new ModelAndView("redirect:/admin/users");
	}

	@GetMapping("/{id}")
	ModelAndView edit(@PathVariable("id") long id) {
		UserAccount user = ofMine(id).orElse(null);
		if (user == null) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		return form(user, new UserForm(user.username(), user.displayName(), user.roles(), user.departmentIds()), null,
				null, HttpStatus.OK);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable("id") long id,
			@RequestParam(name = "displayName", required = false) String displayName,
			@RequestParam(name = "roles", required = false) List<String> roles,
			@RequestParam(name = "departments", required = false) List<Long> departments,
			RedirectAttributes redirect) {
		return change(id, redirect, "変更を保存しました。",
				user -> new UserForm(user.username(), displayName, roles(roles), departments(departments)),
				form -> accounts.update(id, displayName, form.roles(), form.departments()));
	}

	@PostMapping("/{id}/enabled")
	ModelAndView setEnabled(@PathVariable("id") long id, @RequestParam(name = "enabled") boolean enabled,
			RedirectAttributes redirect) {
		return change(id, redirect, enabled ? "ユーザーを有効にしました。" : "ユーザーを無効にしました。ログインできなくなります。",
				UserForm::of, form -> accounts.setEnabled(id, enabled));
	}

	@PostMapping("/{id}/password")
	ModelAndView resetPassword(@PathVariable("id") long id,
			@RequestParam(name = "password", required = false) String password, RedirectAttributes redirect) {
		return change(id, redirect, "パスワードを再設定しました。新しいパスワードを本人に伝えてください。", UserForm::of,
				form -> accounts.resetPassword(id, password));
	}

	private ModelAndView change(long id, RedirectAttributes redirect, String done,
			Function<UserAccount, UserForm> formOf, java.util.function.Consumer<UserForm> action) {
		UserAccount user = ofMine(id).orElse(null);
		if (user == null) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		UserForm form = formOf.apply(user);
		try {
			action.accept(form);
		}
		catch (AccountException ex) {
			return form(user, form, ex.field(), ex.getMessage(), HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("message", done);
		return new ModelAndView("redirect:/admin/users/" + id);
	}

	/** An account of the administrator's own municipality; another's is not found (404), as if it did not exist. */
	private java.util.Optional<UserAccount> ofMine(long id) {
		long mine = me().municipalityId();
		return accounts.find(id).filter(u -> u.municipalityId() == mine);
	}

	private ModelAndView form(UserAccount user, UserForm form, String errorField, String error, HttpStatus status) {
		long municipality = user != null ? user.municipalityId() : me().municipalityId();
		ModelAndView page = new ModelAndView("web/admin/user");
		page.addObject("user", user);
		page.addObject("form", form);
		page.addObject("roles", Role.values());
		page.addObject("departments", organizations.departments(municipality));
		page.addObject("municipality", organizations.findMunicipality(municipality).map(m -> m.name()).orElse(""));
		page.addObject("errorField", errorField);
		page.addObject("error", error);
		page.addObject("minPasswordLength", Accounts.MIN_PASSWORD_LENGTH);
		page.setStatus(status);
		return page;
	}

	private static CurrentUser me() {
		return CurrentUser.signedIn().orElseThrow();
	}

	private static Set<Role> roles(List<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names == null ? List.<String>of() : names) {
			for (Role role : Role.values()) {
				if (role.name().equals(name)) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	private static Set<Long> departments(List<Long> ids) {
		return ids == null ? Set.of() : new LinkedHashSet<>(ids);
	}

	/** What the form shows: the stored values, or what was typed when a change was refused. */
	record UserForm(String username, String displayName, Set<Role> roles, Set<Long> departments) {

		static final UserForm EMPTY = new UserForm(null, null, Set.of(), Set.of());

		static UserForm of(UserAccount user) {
			return new UserForm(user.username(), user.displayName(), user.roles(), user.departmentIds());
		}
	}
}
