package org.mokuhyo.api;

import org.mokuhyo.platform.VersionedResponseCache;
import org.mokuhyo.workflow.Workflows;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A sheet's JSON for the public is served from the bytes of its published version once read, with an ETag naming
 * that version.
 */
@Configuration(proxyBeanMethods = false)
class SheetJsonCacheConfiguration {

	@Bean
	FilterRegistrationBean<VersionedResponseCache> sheetJsonCache(Workflows workflows) {
		// requests without a session or credentials are the public's: they read the published version
		return VersionedResponseCache.register("/api/v1/sheets/", "json", "application/json",
				workflows::publishedVersion);
	}
}
