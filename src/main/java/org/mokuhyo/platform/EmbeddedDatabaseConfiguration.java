package org.mokuhyo.platform;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The default run: a real PostgreSQL started from the embedded binaries, its data kept under {@code ./data} between
 * runs. Setting {@code spring.datasource.url} switches this off and Spring Boot's own DataSource takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(@Value("${mokuhyo.embedded-db.data-dir:}") String dataDir,
			@Value("${mokuhyo.embedded-db.port:0}") int port) throws IOException {
		return EmbeddedDatabase.start(dataDir, port);
	}

	/**
	 * The pool takes every {@code spring.datasource.hikari.*} setting as Boot's own DataSource does (so the short
	 * timeouts of application.properties hold for both runs), then this run's URL, user and size.
	 */
	@Bean
	DataSource dataSource(EmbeddedDatabase database, Environment environment,
			@Value("${mokuhyo.embedded-db.pool-size:16}") int poolSize) {
		HikariConfig config = new HikariConfig();
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
		config.setJdbcUrl(database.jdbcUrl());
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("mokuhyo-embedded");
		// Batched inserts become multi-row inserts: a sheet's few hundred rows go in a dozen statements.
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		return new HikariDataSource(config);
	}

	static final class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.datasource.url");
		}
	}
}
