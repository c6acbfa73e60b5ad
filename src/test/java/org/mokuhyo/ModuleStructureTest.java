package org.mokuhyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
	 * folder is generated whole on every run; a change to the modules shows as a change of those files to commit. The
	 * Documenter writes a diagram's relations in no fixed order, so they are sorted: the same modules, the same files.
	 */
	@Test
	void writesTheModuleDocumentation() throws IOException {
		Path folder = Path.of("docs/modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
		List<Path> diagrams;
		try (var files = Files.list(folder)) {
			diagrams = files.filter(f -> f.toString().endsWith(".puml")).toList();
		}
		for (Path diagram : diagrams) {
			Files.write(diagram, relationsSorted(Files.readAllLines(diagram)));
		}
		assertThat(folder.resolve("components.puml")).exists();
		assertThat(folder.resolve("module-sheet.adoc")).content().contains("o.m.s.SheetStore");
		assertThat(folder.resolve("module-organization.puml")).content()
			.contains("Rel(MokuhyoApplication.MokuhyoApplication.Organization, "
					+ "MokuhyoApplication.MokuhyoApplication.Platform, \"depends on\"");
	}

	/** The lines as they were, with the relation lines ({@code Rel(…)}) in sorted order where they stood. */
	static List<String> relationsSorted(List<String> lines) {
		List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
		List<String> sorted = new ArrayList<>(lines);
		int next = 0;
		for (int i = 0; i < sorted.size(); i++) {
			if (sorted.get(i).startsWith("Rel(")) {
				sorted.set(i, relations.get(next++));
			}
		}
		return sorted;
	}
}
