package org.mokuhyo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(MokuhyoApplication.class).verify();
	}
}
