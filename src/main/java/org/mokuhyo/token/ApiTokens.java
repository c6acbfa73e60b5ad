package org.mokuhyo.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.audit.AuditEvent;
import org.mokuhyo.audit.AuditLog;
import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.Organizations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and recognises API tokens. A token is {@value #PREFIX} followed by 32 random bytes in
 * URL-safe Base64 (43 characters): recognisable in a leaked file or a secret scanner, and long enough that its SHA-256,
 * the only thing stored, is all a lookup needs (no salt: the secret is random, not chosen by a person).
 */
@Service
public class ApiTokens {

	public static final String PREFIX = "mkh_";

	/** Characters of the token a list shows: the prefix and four of the secret. */
	private static final int SHOWN = PREFIX.length() + 4;

	static final int MAX_NAME = 100;

	private static final Pattern FORM = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final Access access;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Organizations organizations, Access access, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new token of the administrator's municipality for those departments (of that municipality) and scopes.
	 *
	 * @throws TokenRefusedException INVALID with the reason, nothing stored
	 */
	@Transactional
	public IssuedToken issue(CurrentUser admin, String name, Collection<Long> departmentIds, Set<TokenScope> scopes) {
		requireAdmin(admin);
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw invalid("トークンの名前を入力してください（例: 進捗集計システム）。");
		}
		if (trimmed.length() > MAX_NAME) {
			throw invalid("トークンの名前は" + MAX_NAME + "文字以内にしてください。");
		}
		if (departmentIds == null || departmentIds.isEmpty()) {
			throw invalid("トークンが担当する部局を1つ以上選んでください。");
		}
		if (scopes == null || scopes.isEmpty()) {
			throw invalid("トークンで行える操作を1つ以上選んでください。");
		}
		List<DepartmentRef> departments = new ArrayList<>();
		for (long id : new LinkedHashSet<>(departmentIds)) {
			departments.add(organizations.findDepartment(id)
				.filter(d -> d.municipalityId() == admin.municipalityId())
				.orElseThrow(() -> invalid("選ばれた部局が見つかりません。ページを読み込み直してください。")));
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into api_token (municipality_id, name, prefix, secret_hash, scopes, created_by_id, created_by_name,
				created_at) values (:m, :name, :prefix, :hash, cast(:scopes as text[]), :by, :byName, :at) returning id""")
			.param("m", admin.municipalityId())
			.param("name", trimmed)
			.param("prefix", secret.substring(0, SHOWN))
			.param("hash", hash(secret))
			.param("scopes", scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}")))
			.param("by", admin.id())
			.param("byName", admin.displayName())
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		for (DepartmentRef department : departments) {
			jdbc.sql("insert into api_token_department (token_id, department_id) values (?, ?)")
				.params(id, department.id())
				.update();
		}
		ApiToken token = find(admin.municipalityId(), id).orElseThrow();
		audit.record(admin.id(), admin.displayName(), AuditEvent.Kind.TOKEN, departments.get(0).id(), null,
				"発行: 「" + token.name() + "」（" + token.prefix() + "…、部局: " + String.join("・", token.departmentNames())
						+ "、操作: " + String.join("・", token.scopeLabels()) + "）");
		return new IssuedToken(token, secret);
	}

	/** The municipality's tokens, newest first, revoked ones too. */
	public List<ApiToken> list(long municipalityId) {
		return select("where t.municipality_id = :m order by t.id desc", municipalityId, null);
	}

	public Optional<ApiToken> find(long municipalityId, long id) {
		return select("where t.municipality_id = :m and t.id = :id", municipalityId, id).stream().findFirst();
	}

	/**
	 * Revokes the token at once: its next request is refused. Revoking a revoked token changes nothing.
	 *
	 * @throws TokenRefusedException NOT_FOUND for a token not of the administrator's municipality
	 */
	@Transactional
	public ApiToken revoke(CurrentUser admin, long id) {
		requireAdmin(admin);
		ApiToken token = find(admin.municipalityId(), id)
			.orElseThrow(() -> new TokenRefusedException(TokenRefusedException.Reason.NOT_FOUND, "そのトークンはありません。"));
		if (token.revoked()) {
			return token;
		}
		jdbc.sql("update api_token set revoked_at = ?, revoked_by_name = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), admin.displayName(), id)
			.update();
		audit.record(admin.id(), admin.displayName(), AuditEvent.Kind.TOKEN,
				token.departmentIds().isEmpty() ? null : token.departmentIds().get(0), null,
				"失効: 「" + token.name() + "」（" + token.prefix() + "…）");
		return find(admin.municipalityId(), id).orElseThrow();
	}

	/**
	 * The valid token {@code presented} is, recording this use; empty for anything else (malformed, unknown,
	 * revoked), which the caller answers alike.
	 */
	@Transactional
	public Optional<ApiToken> authenticate(String presented) {
		if (presented == null || !FORM.matcher(presented).matches()) {
			return Optional.empty();
		}
		Optional<Long> id = jdbc.sql("""
				update api_token set last_used_at = :now where secret_hash = :hash and revoked_at is null
				returning id""")
			.param("now", Timestamp.from(clock.instant()))
			.param("hash", hash(presented))
			.query((rs, row) -> rs.getLong(1))
			.optional();
		return id.flatMap(i -> select("where t.id = :id", null, i).stream().findFirst());
	}

	private List<ApiToken> select(String where, Long municipalityId, Long id) {
		JdbcClient.StatementSpec spec = jdbc.sql("""
				select t.id, t.municipality_id, t.name, t.prefix, t.scopes, t.created_by_name, t.created_at,
				t.last_used_at, t.revoked_at, t.revoked_by_name,
				array(select d.id from api_token_department td join department d on d.id = td.department_id
				where td.token_id = t.id order by d.name collate "C", d.id),
				array(select d.name from api_token_department td join department d on d.id = td.department_id
				where td.token_id = t.id order by d.name collate "C", d.id)
				from api_token t\s""" + where);
		if (municipalityId != null) {
			spec = spec.param("m", municipalityId);
		}
		if (id != null) {
			spec = spec.param("id", id);
		}
		return spec.query(ApiTokens::token).list();
	}

	private static ApiToken token(ResultSet rs, int row) throws SQLException {
		Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
		for (String s : (String[]) array(rs, 5)) {
			scopes.add(TokenScope.valueOf(s));
		}
		return new ApiToken(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), scopes,
				Arrays.asList((Long[]) array(rs, 11)), Arrays.asList((String[]) array(rs, 12)), rs.getString(6),
				instant(rs, 7), instant(rs, 8), instant(rs, 9), rs.getString(10));
	}

	private static Object array(ResultSet rs, int column) throws SQLException {
		Array array = rs.getArray(column);
		return array.getArray();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	private void requireAdmin(CurrentUser user) {
		if (!access.isAdmin(user)) {
			throw new IllegalStateException("only administrators issue and revoke API tokens");
		}
	}

	private static TokenRefusedException invalid(String message) {
		return new TokenRefusedException(TokenRefusedException.Reason.INVALID, message);
	}

	/** SHA-256 of the whole token as sent. */
	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
