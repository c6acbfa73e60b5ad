package org.mokuhyo.organization;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mokuhyo.organization.OrganizationUsage.Kind;
import org.springframework.stereotype.Component;

/** The {@link OrganizationUsage} of each kind, checked at start: one missing would silently count nothing. */
@Component
class Usages {

	private final Map<Kind, OrganizationUsage> byKind = new EnumMap<>(Kind.class);

	Usages(List<OrganizationUsage> usages) {
		for (OrganizationUsage usage : usages) {
			if (byKind.put(usage.kind(), usage) != null) {
				throw new IllegalStateException("two implementations count " + usage.kind());
			}
		}
		for (Kind kind : Kind.values()) {
			if (!byKind.containsKey(kind)) {
				throw new IllegalStateException("nothing counts " + kind + " (OrganizationUsage)");
			}
		}
	}

	OrganizationUsage of(Kind kind) {
		return byKind.get(kind);
	}
}
