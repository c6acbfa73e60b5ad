package org.mokuhyo.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure that means "the database cannot be reached now" from every other failure, so that it is answered
 * with 503 and {@code Retry-After} (a page: the error page; the API: the problem {@value #CODE}) instead of a 500, and
 * never as a refused password. Spring, the pool and the driver wrap it in many shapes (a transaction that could not
 * begin, a sign-in that failed "internally"), so the whole chain of causes is looked at.
 */
public final class DatabaseFailures {

	/** The API's problem code for it. */
	public static final String CODE = "DATABASE_UNAVAILABLE";

	/** The API's problem detail for it. */
	public static final String DETAIL = "データベースに接続できないため、現在利用できません。しばらくしてからもう一度お試しください";

	/** Seconds a client is asked to wait ({@code Retry-After}): about what a restart of the database takes. */
	public static final int RETRY_AFTER_SECONDS = 10;

	/** Set on a request that failed so, for the error page to name the reason. */
	public static final String REQUEST_ATTRIBUTE = DatabaseFailures.class.getName() + ".UNAVAILABLE";

	private DatabaseFailures() {
	}

	/**
	 * Whether {@code failure} or one of its causes is: no connection to be had (Spring's
	 * {@link CannotGetJdbcConnectionException}, the pool's timeout {@link SQLTransientConnectionException}, a
	 * {@link SQLNonTransientConnectionException}, a refused socket), a connection lost or a server shutting down or
	 * starting up (SQLSTATE class 08, 57P01–57P03), too many connections (53300), or Spring's
	 * {@link DataAccessResourceFailureException} unless it stands for a statement beyond PostgreSQL's limits
	 * (class 54: that statement's fault, a 500 like any other bug).
	 */
	public static boolean isUnavailable(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
						|| state.equals("53300")) {
					return true;
				}
			}
			if (cause instanceof DataAccessResourceFailureException resource && !beyondLimits(resource)) {
				return true;
			}
			// a commit or rollback on a connection the server dropped: the pool says "Connection is closed" without
			// a state (a failure the database reported would have been translated to a DataAccessException)
			if (cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException sql
					&& (sql.getSQLState() == null || sql.getSQLState().startsWith("08"))) {
				return true;
			}
		}
		return false;
	}

	/** The innermost cause in one line, for the log: the whole chain repeats the failed statement's SQL. */
	public static String describe(Throwable failure) {
		Throwable root = failure;
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		while (root.getCause() != null && seen.add(root)) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static boolean beyondLimits(DataAccessResourceFailureException failure) {
		return failure.getCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("54");
	}
}
