package org.mokuhyo.web;

import java.util.Optional;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.portal.PortalQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which municipality a browse page shows: the one its address names (by 全国地方公共団体コード or name), else the
 * signed-in staff's own, else the configured default (the city this installation serves), else the first with a
 * published sheet. Plan codes and policy numbers are each city's own,
 * so the pages never mix municipalities.
 */
@Component
public class MunicipalityScopes {

	private final Organizations organizations;

	private final PortalQueries portal;

	private final String defaultMunicipality;

	private final Access access;

	MunicipalityScopes(Organizations organizations, PortalQueries portal, Access access,
			@Value("${mokuhyo.default-municipality.name:}") String defaultMunicipality) {
		this.access = access;
		this.organizations = organizations;
		this.portal = portal;
		this.defaultMunicipality = defaultMunicipality == null || defaultMunicipality.isBlank() ? null
				: defaultMunicipality.strip();
	}

	/**
	 * @param municipality its 全国地方公共団体コード or its name, as the address gives it; null or blank: the signed-in
	 *                     staff's own municipality, else the default
	 * @throws PublicRequestException 400 for a wrong year, 404 for an unknown municipality
	 */
	public MunicipalityScope resolve(String municipality, String year) {
		Integer fiscalYear = PublicParameters.year(year);
		if (municipality != null && !municipality.isBlank()) {
			String name = municipality.strip();
			MunicipalityRef found = organizations.findMunicipalityByCodeOrName(name)
				.orElseThrow(() -> PublicRequestException.notFound("browse.error.no-municipality",
						"browse.error.no-municipality.message", PageText.content(name)));
			return new MunicipalityScope(found.name(), found.id(), true, fiscalYear);
		}
		CurrentUser user = access.signedIn();
		if (access.canSeeDrafts(user)) {
			Optional<MunicipalityRef> own = organizations.findMunicipality(user.municipalityId());
			if (own.isPresent()) {
				return new MunicipalityScope(own.get().name(), own.get().id(), false, fiscalYear);
			}
		}
		String name = defaultMunicipality != null ? defaultMunicipality
				: portal.municipalities().stream().findFirst().orElse(null);
		long id = name == null ? -1 : organizations.findMunicipality(name).map(MunicipalityRef::id).orElse(-1L);
		return new MunicipalityScope(name, id, false, fiscalYear);
	}
}
