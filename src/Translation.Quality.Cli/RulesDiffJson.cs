namespace Translation.Quality.Cli;

/// <summary><c>tqa rules diff --format json</c>: the totals, then every finding added or removed.</summary>
internal sealed record RulesDiffJson(int Articles, int Unchanged, int Added, int Removed, IReadOnlyList<RulesDiffChangeJson> Changes);

/// <param name="Change">"added" or "removed".</param>
internal sealed record RulesDiffChangeJson(string Change, string Article, string Rule, string Class, int Start, int End, string Text, string Sentence);
