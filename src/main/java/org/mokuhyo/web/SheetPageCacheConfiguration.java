package org.mokuhyo.web;

import org.mokuhyo.platform.VersionedResponseCache;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sheet pages for readers without a session are served from the page rendered for the sheet's current version.
 */
@Configuration(proxyBeanMethods = false)
class SheetPageCacheConfiguration {

	@Bean
	FilterRegistrationBean<VersionedResponseCache> sheetPageCache(SheetStore store) {
		return VersionedResponseCache.register("/sheets/", "page", "text/html;charset=UTF-8", store::currentVersion);
	}
}
