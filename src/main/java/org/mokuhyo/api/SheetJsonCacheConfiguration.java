package org.mokuhyo.api;

import org.mokuhyo.platform.VersionedResponseCache;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A sheet's JSON is served from the bytes of its current version once read, with an ETag naming that version.
 */
@Configuration(proxyBeanMethods = false)
class SheetJsonCacheConfiguration {

	@Bean
	FilterRegistrationBean<VersionedResponseCache> sheetJsonCache(SheetStore store) {
		return VersionedResponseCache.register("/api/v1/sheets/", "json", "application/json", store::currentVersion);
	}
}
