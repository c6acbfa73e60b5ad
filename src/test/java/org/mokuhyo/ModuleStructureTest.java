package org.mokuhyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module rules: every module uses only what its {@code package-info.java} declares
 * ({@code @ApplicationModule(allowedDependencies = …)}), only through the other module's top-level types, and no
 * module depends on itself through others. A module without a declaration (web) is still checked for cycles and
 * internal types.
 */
class ModuleStructureTest {

	static final ApplicationModules MODULES = ApplicationModules.of(MokuhyoApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * Writes {@code docs/modules}: the module diagram, one diagram and one canvas per module (PlantUML, AsciiDoc). The
	 * folder is generated whole on every run; a change to the modules shows as a change of those files to commit.
	 */
	@Test
	void writesTheModuleDocumentation() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
		assertThat(Path.of("docs/modules/components.puml")).exists();
		try (var files = Files.list(Path.of("docs/modules"))) {
			assertThat(files.map(f -> f.getFileName().toString())).contains("module-sheet.puml", "module-sheet.adoc");
		}
	}
}
