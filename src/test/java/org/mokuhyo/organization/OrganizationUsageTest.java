package org.mokuhyo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrators' lists count what other modules keep under a municipality and its departments, each module
 * counting its own (organization reads none of their tables): sheets of every year, published sheets, accounts.
 */
@IntegrationTest
class OrganizationUsageTest {

	@Autowired
	Organizations organizations;

	@Autowired
	MunicipalityMaintenance municipalities;

	@Autowired
	DepartmentMaintenance departments;

	@Autowired
	SheetStore sheets;

	@Autowired
	Workflows workflows;

	@Autowired
	Accounts accounts;

	@Autowired
	java.util.List<OrganizationUsage> usages;

	@Test
	void aMunicipalitysSheetsPublicationsAndAccountsAreCountedByTheirModules() {
		String name = "計数市" + UUID.randomUUID().toString().substring(0, 8);
		String code = FreeCodes.code(organizations);
		sheets.save(SampleSheets.full(name, code, "甲部", 2024), java.util.List.of(), "a.txt");
		UUID published = sheets.save(SampleSheets.full(name, code, "甲部", 2025), java.util.List.of(), "b.txt").id();
		sheets.save(SampleSheets.full(name, code, "乙部", 2024), java.util.List.of(), "c.txt");
		Publish.publish(workflows, published);
		MunicipalityRef municipality = organizations.findMunicipality(name).orElseThrow();
		DepartmentRef empty = departments.add(municipality.id(), "丙部");
		long first = organizations.findOrCreateDepartment(municipality.id(), "甲部");
		accounts.create("usage." + UUID.randomUUID().toString().substring(0, 8), "計数 太郎", "usage-password-1234",
				municipality.id(), Set.of(Role.EDITOR), Set.of(first));

		MunicipalityRow row = municipalities.row(municipality.id()).orElseThrow();
		assertThat(row).isEqualTo(new MunicipalityRow(municipality, 3, 3, 1, 1));
		assertThat(municipalities.list()).contains(row);

		Map<String, Integer> perDepartment = departments.list(municipality.id())
			.stream()
			.collect(Collectors.toMap(d -> d.department().name(), DepartmentRow::sheets));
		assertThat(perDepartment).isEqualTo(Map.of("甲部", 2, "乙部", 1, "丙部", 0));

		// each module counts per department too: the published sheet and the account are 甲部's
		Map<OrganizationUsage.Kind, Map<Long, Integer>> byKind = usages.stream()
			.collect(Collectors.toMap(OrganizationUsage::kind, usage -> usage.perDepartment(municipality.id())));
		long second = organizations.findOrCreateDepartment(municipality.id(), "乙部");
		assertThat(byKind).isEqualTo(Map.of(OrganizationUsage.Kind.SHEETS, Map.of(first, 2, second, 1),
				OrganizationUsage.Kind.PUBLISHED_SHEETS, Map.of(first, 1), OrganizationUsage.Kind.ACCOUNTS,
				Map.of(first, 1)));

		// a department with sheets keeps its name; one without may be renamed
		assertThatThrownBy(() -> departments.rename(municipality.id(), first, "甲部局"))
			.isInstanceOfSatisfying(DepartmentChangeRefusedException.class,
					ex -> assertThat(ex.getMessage()).contains("シートが2件あるため"));
		assertThat(departments.rename(municipality.id(), empty.id(), "丁部")).isEqualTo(empty);
	}
}
