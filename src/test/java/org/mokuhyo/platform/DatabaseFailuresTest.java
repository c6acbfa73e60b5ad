package org.mokuhyo.platform;

import java.io.EOFException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes an unreachable database arrives in (as Spring, HikariCP, pgjdbc and Spring Security wrap it) are all
 * "unavailable"; failures of a statement or of the data are not.
 */
class DatabaseFailuresTest {

	/** What HikariCP throws when no connection came within its timeout, with the driver's refusal as cause. */
	private static final SQLTransientConnectionException POOL_TIMEOUT = new SQLTransientConnectionException(
			"mokuhyo - Connection is not available, request timed out after 5000ms",
			new PSQLException("Connection to localhost:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
					new ConnectException("Connection refused")));

	@Test
	void anUnreachableDatabaseInEveryWrapping() {
		assertThat(DatabaseFailures.isUnavailable(POOL_TIMEOUT)).isTrue();
		assertThat(DatabaseFailures.isUnavailable(new CannotGetJdbcConnectionException("no connection", POOL_TIMEOUT)))
			.isTrue();
		// a transaction that could not begin is no DataAccessException: found by its cause
		assertThat(DatabaseFailures.isUnavailable(
				new CannotCreateTransactionException("Could not open JDBC Connection for transaction", POOL_TIMEOUT)))
			.isTrue();
		// the sign-in's provider failed on it: Spring Security's wrapping
		assertThat(DatabaseFailures.isUnavailable(new InternalAuthenticationServiceException("internal",
				new CannotGetJdbcConnectionException("no connection", POOL_TIMEOUT))))
			.isTrue();
		// a connection lost in the middle of a statement, and a server shutting down
		assertThat(DatabaseFailures.isUnavailable(new DataAccessResourceFailureException("lost",
				new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE,
						new EOFException()))))
			.isTrue();
		assertThat(DatabaseFailures.isUnavailable(new RuntimeException(
				new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
			.isTrue();
		assertThat(DatabaseFailures.isUnavailable(new SQLException("the database system is starting up", "57P03")))
			.isTrue();
		assertThat(DatabaseFailures.isUnavailable(new SQLException("too many clients already", "53300"))).isTrue();
		assertThat(DatabaseFailures.isUnavailable(new DataAccessResourceFailureException("without a cause"))).isTrue();
		// the rollback of a transaction whose connection the server dropped meanwhile (the pool's own message)
		assertThat(DatabaseFailures.isUnavailable(new org.springframework.transaction.TransactionSystemException(
				"JDBC rollback failed", new SQLException("Connection is closed"))))
			.isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(DatabaseFailures.isUnavailable(new RuntimeException("a bug"))).isFalse();
		assertThat(DatabaseFailures.isUnavailable(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseFailures.isUnavailable(new BadSqlGrammarException("query", "select nonsense",
				new SQLException("syntax error", "42601"))))
			.isFalse();
		// a statement beyond PostgreSQL's limits is that statement's fault, not the server's absence
		assertThat(DatabaseFailures.isUnavailable(new DataAccessResourceFailureException("too complex",
				new SQLException("stack depth limit exceeded", "54001"))))
			.isFalse();
		assertThat(DatabaseFailures.isUnavailable(new InternalAuthenticationServiceException("internal",
				new IllegalStateException("a bug in the provider"))))
			.isFalse();
		assertThat(DatabaseFailures.isUnavailable(new org.springframework.transaction.TransactionSystemException(
				"commit failed", new IllegalStateException("a bug in a synchronization"))))
			.isFalse();
	}

	@Test
	void aCycleOfCausesEnds() {
		RuntimeException first = new RuntimeException("first");
		RuntimeException second = new RuntimeException("second", first);
		first.initCause(second);
		assertThat(DatabaseFailures.isUnavailable(first)).isFalse();
		assertThat(DatabaseFailures.describe(first)).contains("RuntimeException");
	}
}
