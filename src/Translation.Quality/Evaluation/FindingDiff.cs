using Translation.Quality.Documents;
using Translation.Quality.Results;

namespace Translation.Quality.Evaluation;

/// <summary>
/// What a change to the rule packs does on a corpus, finding by finding (the way LanguageTool's
/// regression runs compare two rule sets): findings only the new rules make are added, findings only
/// the baseline made are removed. A finding is the same when article, rule and span are the same.
/// </summary>
public sealed class FindingDiff
{
    private readonly List<FindingChange> _changes = [];

    public IReadOnlyList<FindingChange> Changes => _changes;

    public int Articles { get; private set; }

    public int Unchanged { get; private set; }

    public void Add(ArticleResult baseline, ArticleResult current)
    {
        Articles++;
        var before = baseline.Findings.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var after = current.Findings.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var (key, finding) in after)
        {
            if (before.ContainsKey(key))
            {
                Unchanged++;
            }
            else
            {
                _changes.Add(new FindingChange(FindingChangeKind.Added, current.Article.Id, finding));
            }
        }

        foreach (var (key, finding) in before)
        {
            if (!after.ContainsKey(key))
            {
                _changes.Add(new FindingChange(FindingChangeKind.Removed, baseline.Article.Id, finding));
            }
        }
    }

    /// <summary>Added and removed findings per rule, for the summary table.</summary>
    public IReadOnlyDictionary<string, (int Added, int Removed)> ByRule() =>
        _changes.GroupBy(c => c.Finding.Rule, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Count(c => c.Kind == FindingChangeKind.Added), g.Count(c => c.Kind == FindingChangeKind.Removed)), StringComparer.Ordinal);

    private static (string, int, int) Key(Finding f) => (f.Rule, f.Start, f.End);
}

public enum FindingChangeKind
{
    Added,
    Removed,
}

public sealed record FindingChange(FindingChangeKind Kind, string ArticleId, Finding Finding);
