package org.mokuhyo.cli;

import java.util.Set;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The application's {@code @SpringBootConfiguration}, looked up in the top-level package the way Spring Boot's tests
 * find it. Found rather than named: the application class depends on this module (its main method dispatches to the
 * verbs), so naming it here would make the two depend on each other.
 */
final class ApplicationClass {

	private ApplicationClass() {
	}

	static Class<?> find() {
		String name = CommandLine.class.getPackageName();
		String root = name.substring(0, name.lastIndexOf('.'));
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootConfiguration.class));
		scanner.setResourcePattern("*.class");
		Set<BeanDefinition> found = scanner.findCandidateComponents(root);
		if (found.size() != 1) {
			throw new IllegalStateException("expected one @SpringBootConfiguration in " + root + ", found " + found.size());
		}
		return ClassUtils.resolveClassName(found.iterator().next().getBeanClassName(),
				CommandLine.class.getClassLoader());
	}
}
