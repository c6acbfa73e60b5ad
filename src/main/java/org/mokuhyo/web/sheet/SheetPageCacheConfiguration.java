package org.mokuhyo.web.sheet;

import org.mokuhyo.platform.VersionedResponseCache;
import org.mokuhyo.web.WebLocaleConfiguration;
import org.mokuhyo.workflow.Workflows;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sheet pages for readers without a session (the public) are served from the page rendered for the sheet's
 * published version (one page per language).
 */
@Configuration(proxyBeanMethods = false)
class SheetPageCacheConfiguration {

	@Bean
	FilterRegistrationBean<VersionedResponseCache> sheetPageCache(Workflows workflows) {
		// readers without a session are the public: they read the published version, in their language
		return VersionedResponseCache.register("/sheets/", WebLocaleConfiguration::pageVariant, "text/html;charset=UTF-8",
				workflows::publishedVersion);
	}
}
