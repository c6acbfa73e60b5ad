package org.mokuhyo.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.mokuhyo.platform.PublicAddress;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document of {@code /api/**} ({@code /v3/api-docs}, drawn by springdoc from the controllers and their
 * annotations; Swagger UI at {@code /swagger-ui/index.html}). What every operation shares is added here rather than
 * on each method: the problem responses ({@link ApiError} as {@code Problem}, {@code application/problem+json}) and
 * the two security schemes (HTTP Basic for accounts, bearer for API tokens).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI mokuhyoApi(PublicAddress address) {
		return new OpenAPI()
			// the configured public address, else relative to the document: never the Host this request named
			.servers(List.of(new Server().url(address.base().orElse("/"))))
			.info(new Info().title("mokuhyo API")
				.version("v1")
				.description("""
						部局長の目標（目標シート）のオープンデータと、進行管理・取込みのための API。読み取りは公開（公表済みの内容だけ）、\
						職員は HTTP Basic で下書きも読めます。書き込み（進行管理の更新、取込み）は部局の編集者・管理者か、管理者が \
						/admin/tokens で部局ごとに発行する API トークン（Authorization: Bearer mkh_…、1分あたりの回数に上限）で行います。\
						一覧は page / size でページ分けし、Link ヘッダーに前後のページを示します。エラーは RFC 9457 の \
						application/problem+json（code に機械可読なコード、detail に日本語の説明）。\
						\n\nプログラムからの書き込みには API トークン（bearer）を勧めます: 照合が速く、部局と権限を絞れ、いつでも失効できます。\
						HTTP Basic のパスワード照合（bcrypt）は意図して遅く（成功した組だけサーバーが数分間覚えます）、認証の失敗が続くと\
						ユーザー名・接続元ごとに一時的に 429 TOO_MANY_ATTEMPTS（Retry-After 付き）になります。""")
				.license(new License().name("CC BY 4.0 (データ)").url("https://creativecommons.org/licenses/by/4.0/")))
			.components(new Components()
				.addSecuritySchemes("basic",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("職員のユーザー名とパスワード（人の確認用。プログラムには bearer の API トークンを）"))
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("mkh_…")
							.description("管理者が発行する部局ごとの API トークン（書き込み用）")));
	}

	/** Adds the Problem schema and, to every operation, the problem responses it can give. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return api -> {
			Map<String, Schema> schemas = ModelConverters.getInstance().read(ApiError.class);
			schemas.forEach((name, schema) -> api.getComponents().addSchemas(name, schema));
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				pageLinks(operation);
				add(operation, "400", "パラメータや本文が正しくない");
				add(operation, "401", "認証情報かトークンが正しくない、または必要");
				add(operation, "403", "権限がない（トークンの部局・権限を含む）");
				add(operation, "404", "ない（一般には公表されていないものも）");
				add(operation, "406", "Accept に JSON が含まれない");
				add(operation, "429",
						"API トークンのリクエストが多すぎる（RATE_LIMITED）か、認証の失敗が続いた（TOO_MANY_ATTEMPTS）。Retry-After 秒後に再送");
				add(operation, "500", "サーバーの問題");
				add(operation, "503", "データベースに接続できない（DATABASE_UNAVAILABLE、Retry-After 秒後に再送）");
				if (method != PathItem.HttpMethod.GET) {
					add(operation, "409", "ほかの変更と競合した、または手続きの順序に合わない");
					add(operation, "413", "ファイルが大きすぎる");
					add(operation, "415", "本文の形式（Content-Type）が対応していない");
					add(operation, "422", "内容を処理できない（errors に行ごとの理由）");
				}
			}));
		};
	}

	/** A paged list's 200 carries the Link header of the other pages. */
	private static void pageLinks(Operation operation) {
		ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
		if (ok == null || ok.getContent() == null) {
			return;
		}
		boolean paged = ok.getContent()
			.values()
			.stream()
			.anyMatch(m -> m.getSchema() != null && m.getSchema().get$ref() != null
					&& m.getSchema().get$ref().startsWith("#/components/schemas/PageResponse"));
		if (paged) {
			ok.addHeaderObject("Link", new Header().description("the first, prev, next and last pages (RFC 8288)")
				.schema(new Schema<String>().type("string").types(java.util.Set.of("string"))));
		}
	}

	private static void add(Operation operation, String status, String description) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		operation.getResponses()
			.putIfAbsent(status, new ApiResponse().description(description)
				.content(new Content().addMediaType(ApiError.PROBLEM_JSON.toString(),
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}
}
