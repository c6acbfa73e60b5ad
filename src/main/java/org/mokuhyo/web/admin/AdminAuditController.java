package org.mokuhyo.web.admin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.audit.AuditEvent;
import org.mokuhyo.audit.AuditLog;
import org.mokuhyo.audit.AuditQuery;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.EraFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 監査ログ for administrators (the security chain lets only them reach {@code /admin/**}): filtered by user,
 * department, kind and days; the same filters give the CSV.
 */
@Controller
class AdminAuditController {

	private final AuditLog log;

	private final Organizations organizations;

	private final Access access;

	AdminAuditController(AuditLog log, Organizations organizations, Access access) {
		this.log = log;
		this.organizations = organizations;
		this.access = access;
	}

	@GetMapping("/admin/audit")
	ModelAndView page(@RequestParam(name = "actor", required = false) String actor,
			@RequestParam(name = "department", required = false) String department,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to) {
		ModelAndView page = new ModelAndView("web/admin/audit");
		CurrentUser user = access.signedIn();
		page.addObject("departments", organizations.departments(user.municipalityId()));
		page.addObject("kinds", AuditEvent.Kind.values());
		page.addObject("actor", actor);
		page.addObject("department", department);
		page.addObject("kind", kind);
		page.addObject("from", from);
		page.addObject("to", to);
		page.addObject("era", EraFormat.INSTANCE);
		AuditQuery query;
		try {
			query = query(actor, department, kind, from, to);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			page.addObject("filterError", "絞り込みの条件が正しくありません（日付は 2024-04-01 の形で入力してください）。");
			page.addObject("events", List.of());
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		// an administrator reads their own municipality's lines only
		List<AuditEvent> events = log.search(query, user.municipalityId());
		page.addObject("events", events);
		page.addObject("limited", events.size() >= AuditLog.LIMIT);
		page.addObject("csvQuery", csvQuery(actor, department, kind, from, to));
		return page;
	}

	@GetMapping("/admin/audit.csv")
	ResponseEntity<byte[]> csv(@RequestParam(name = "actor", required = false) String actor,
			@RequestParam(name = "department", required = false) String department,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to) {
		AuditQuery query;
		try {
			query = query(actor, department, kind, from, to);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			return ResponseEntity.badRequest()
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body("絞り込みの条件が正しくありません。".getBytes(StandardCharsets.UTF_8));
		}
		byte[] body = log.csv(log.search(query, access.signedIn().municipalityId())).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"")
			.body(body);
	}

	private static AuditQuery query(String actor, String department, String kind, String from, String to) {
		return new AuditQuery(blank(actor) ? null : actor, blank(department) ? null : Long.valueOf(department.strip()),
				blank(kind) ? null : AuditEvent.Kind.valueOf(kind.strip()), blank(from) ? null : LocalDate.parse(from.strip()),
				blank(to) ? null : LocalDate.parse(to.strip()));
	}

	private static String csvQuery(String... values) {
		String[] names = { "actor", "department", "kind", "from", "to" };
		StringBuilder q = new StringBuilder();
		for (int i = 0; i < names.length; i++) {
			if (!blank(values[i])) {
				q.append(q.isEmpty() ? "?" : "&").append(names[i]).append('=')
					.append(java.net.URLEncoder.encode(values[i].strip(), StandardCharsets.UTF_8));
			}
		}
		return q.toString();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
