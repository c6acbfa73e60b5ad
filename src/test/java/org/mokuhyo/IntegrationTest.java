package org.mokuhyo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port against a real, throw-away PostgreSQL (embedded binaries, temporary data).
 * Every integration test uses exactly this so Spring's context cache gives the suite one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mokuhyo.embedded-db.data-dir=", "mokuhyo.embedded-db.pool-size=8", "mokuhyo.search.index-dir=",
				// open-data files of an earlier state go at once (OpenDataFilesTest checks the grace on its own clock)
				"mokuhyo.open-data.cache-dir=", "mokuhyo.open-data.superseded-grace=PT0S" })
public @interface IntegrationTest {
}
