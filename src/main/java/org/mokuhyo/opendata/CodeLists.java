package org.mokuhyo.opendata;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mokuhyo.plan.BasicPolicy;
import org.mokuhyo.plan.PlanCatalog;
import org.mokuhyo.plan.PlanCode;
import org.mokuhyo.plan.PlanNode;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * コードリスト: a municipality's 総合計画 tree (every node: code, parent code, level, wording) and 基本政策 list, as the
 * administrators keep them (public reference data, as 分野から探す lists them), in JSON and CSV. Small enough to read
 * whole.
 */
@Service
public class CodeLists {

	/** The code lists' files. */
	public enum Kind {
		PLAN("plan", "総合計画（施策の体系）", List.of(
				Column.text("code", "総合計画コード", "例: 5-1-(3)"),
				Column.text("parent_code", "上位コード", "一つ上の階層のコード（最上位は空）"),
				Column.typed("level", "階層", "integer", "1 = 最上位（例: 5）、2 = 5-1、3 = 5-1-(3)"),
				Column.text("name", "名称", "施策などの文言（まだ名前のないものは空）"))),
		POLICIES("policies", "基本政策", List.of(
				Column.typed("number", "番号", "integer", "基本政策の番号"),
				Column.text("title", "名称", "基本政策の文言")));

		private final String baseName;

		private final String title;

		private final List<Column> columns;

		Kind(String baseName, String title, List<Column> own) {
			this.baseName = baseName;
			this.title = title;
			List<Column> all = new ArrayList<>(CsvLevel.common().subList(0, 2));
			all.addAll(own);
			this.columns = List.copyOf(all);
		}

		public String baseName() {
			return baseName;
		}

		public String title() {
			return title;
		}

		public List<Column> columns() {
			return columns;
		}

		public static Kind byBaseName(String name) {
			for (Kind kind : values()) {
				if (kind.baseName.equals(name)) {
					return kind;
				}
			}
			return null;
		}
	}

	private final PlanCatalog catalog;

	private final JsonMapper json;

	CodeLists(PlanCatalog catalog, JsonMapper json) {
		this.catalog = catalog;
		this.json = json;
	}

	public void writeCsv(Kind kind, OpenDataScope scope, boolean english, OutputStream out) {
		CsvOut csv = new CsvOut(out);
		csv.record(kind.columns().stream().map(english ? Column::name : Column::title).toList());
		for (List<String> row : rows(kind, scope)) {
			csv.record(row);
		}
		csv.flush();
	}

	/** {@code {municipality, municipalityCode, license, items: [{code, parentCode, level, name}]}} (policies: number, title). */
	public void writeJson(Kind kind, OpenDataScope scope, OutputStream out) {
		try (JsonGenerator generator = json.createGenerator(new OpenDataExport.Unclosed(out))) {
			generator.writeStartObject();
			generator.writeStringProperty("list", kind.baseName());
			generator.writeStringProperty("municipality", scope.municipality());
			generator.writeStringProperty("municipalityCode", scope.municipalityCode());
			generator.writeName("license");
			generator.writeStartObject();
			generator.writeStringProperty("id", Licence.ID);
			generator.writeStringProperty("url", Licence.URL);
			generator.writeStringProperty("attribution", Licence.attribution(scope.municipality()));
			generator.writeEndObject();
			generator.writeArrayPropertyStart("items");
			if (kind == Kind.PLAN) {
				for (PlanNode node : nodes(scope)) {
					generator.writeStartObject();
					generator.writeStringProperty("code", node.code());
					generator.writeStringProperty("parentCode", node.parentCode());
					generator.writeNumberProperty("level", PlanCode.depth(node.code()) + 1);
					generator.writeStringProperty("name", node.text());
					generator.writeEndObject();
				}
			}
			else {
				for (BasicPolicy policy : policies(scope)) {
					generator.writeStartObject();
					generator.writeNumberProperty("number", policy.number());
					generator.writeStringProperty("title", policy.title());
					generator.writeEndObject();
				}
			}
			generator.writeEndArray();
			generator.writeEndObject();
		}
	}

	private List<List<String>> rows(Kind kind, OpenDataScope scope) {
		List<List<String>> rows = new ArrayList<>();
		if (kind == Kind.PLAN) {
			for (PlanNode node : nodes(scope)) {
				rows.add(java.util.Arrays.asList(scope.municipalityCode(), scope.municipality(), node.code(),
						node.parentCode(), Integer.toString(PlanCode.depth(node.code()) + 1), node.text()));
			}
		}
		else {
			for (BasicPolicy policy : policies(scope)) {
				rows.add(java.util.Arrays.asList(scope.municipalityCode(), scope.municipality(),
						Integer.toString(policy.number()), policy.title()));
			}
		}
		return rows;
	}

	private List<PlanNode> nodes(OpenDataScope scope) {
		if (scope.municipalityId() == null || scope.municipalityId() < 0) {
			return List.of();
		}
		return catalog.nodes(scope.municipalityId()).stream()
			.sorted(Comparator.comparing(PlanNode::code, PlanCode.ORDER))
			.toList();
	}

	private List<BasicPolicy> policies(OpenDataScope scope) {
		return scope.municipalityId() == null || scope.municipalityId() < 0 ? List.of()
				: catalog.policies(scope.municipalityId());
	}
}
