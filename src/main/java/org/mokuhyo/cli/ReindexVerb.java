package org.mokuhyo.cli;

import java.util.Set;

import org.mokuhyo.search.SearchIndex;

/** {@code reindex}: rebuilds the search index from the published sheets, or has the running server do it. */
final class ReindexVerb implements Verb {

	@Override
	public String name() {
		return "reindex";
	}

	@Override
	public String usage() {
		return """
				  java -jar mokuhyo.jar reindex
				      検索の索引 (mokuhyo.search.index-dir) を公表済みのシートから作り直します。サーバーが動いて
				      いるときは、サーバーに作り直しを依頼します。
				""";
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException {
		if (!Arguments.parse(args, Set.of()).positional().isEmpty()) {
			throw new UsageException("reindex は引数をとりません");
		}
		try (VerbContext context = terminal.open()) {
			SearchIndex.Reindexed done = context.bean(SearchIndex.class).rebuildNow();
			terminal.out().println(done.byServer()
					? "索引 %s は動いているサーバーが使っているため、サーバーに作り直しを依頼しました。".formatted(done.directory())
					: "検索の索引を作り直しました: 公表済みのシート %d 件 (%s)".formatted(done.sheets(), done.directory()));
		}
		return 0;
	}
}
