package org.mokuhyo.platform;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For a load balancer or an orchestrator: {@code /health/live} answers 200 while the process serves requests at all
 * (restarting it would not bring the database back, so the database is not asked); {@code /health/ready} answers 200
 * {@code UP} only while the database answers, 503 {@code DOWN} (with {@code Retry-After}) while it does not, and 200
 * again once it is back. Nothing else about the server is told. (Spring Boot's actuator is not used: it is not among
 * the dependencies, and these two answers are all a probe needs.)
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HealthEndpoints {

	static final String[] PATHS = { "/health/live", "/health/ready" };

	private static final int VALIDATION_SECONDS = 2;

	private final DataSource dataSource;

	HealthEndpoints(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@GetMapping("/health/live")
	ResponseEntity<Map<String, String>> live() {
		return answer(HttpStatus.OK, "UP");
	}

	/** A connection from the pool (waiting as long as a request would) that PostgreSQL confirms is alive. */
	@GetMapping("/health/ready")
	ResponseEntity<Map<String, String>> ready() {
		try (Connection connection = dataSource.getConnection()) {
			if (connection.isValid(VALIDATION_SECONDS)) {
				return answer(HttpStatus.OK, "UP");
			}
		}
		catch (Exception ex) {
			// any failure to get or check a connection is "not ready"; the reason is the request logs' and the pool's
		}
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS))
			.cacheControl(CacheControl.noStore())
			.body(Map.of("status", "DOWN"));
	}

	private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String state) {
		return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(Map.of("status", state));
	}
}
