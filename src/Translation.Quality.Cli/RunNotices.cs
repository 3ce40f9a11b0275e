using System.Globalization;
using Translation.Quality.Documents;
using Translation.Quality.Results;

namespace Translation.Quality.Cli;

/// <summary>
/// What an operator must see on the terminal, not only in the reports: the first reasons articles
/// could not be checked, the articles no rule pack knew the source language of, and ids that repeat
/// (the same file given twice: the reports would list one id several times).
/// </summary>
public sealed class RunNotices
{
    public const int ShownErrors = 10;

    private readonly Lock _gate = new();
    private readonly List<string> _errors = [];
    private readonly SortedDictionary<string, (int Count, List<string> Ids)> _noSourcePack = new(StringComparer.Ordinal);
    private readonly HashSet<(string? Feed, string Id)> _ids = [];
    private readonly List<string> _repeated = [];
    private int _repeatCount;
    private int _errorCount;

    public void Add(ArticleResult result)
    {
        lock (_gate)
        {
            if (!_ids.Add((result.Article.Feed, result.Article.Id)))
            {
                _repeatCount++;
                if (_repeated.Count < 3)
                {
                    _repeated.Add(result.Article.Id);
                }
            }

            if (result.HasErrors)
            {
                _errorCount++;
                if (_errors.Count < ShownErrors)
                {
                    var reason = result.Diagnostics.FirstOrDefault(d => d.IsError)?.Message ?? "not checked";
                    _errors.Add($"{result.Article.Id} ({result.Article.Path}): {reason}");
                }
            }

            if (result.Diagnostics.Any(d => d.Code == DiagnosticCodes.NoSourcePack))
            {
                var pair = $"{result.Article.SourceLanguage}-{result.Article.TargetLanguage}";
                var (count, ids) = _noSourcePack.TryGetValue(pair, out var seen) ? seen : (0, new List<string>());
                if (ids.Count < 3)
                {
                    ids.Add(result.Article.Id);
                }

                _noSourcePack[pair] = (count + 1, ids);
            }
        }
    }

    /// <param name="reports">Where the full list is.</param>
    public void Write(TextWriter error, IReadOnlyList<string> reports)
    {
        var where = reports.Count > 0 ? string.Join(", ", reports) : "the reports";
        lock (_gate)
        {
            foreach (var (pair, (count, ids)) in _noSourcePack)
            {
                var more = count > ids.Count ? string.Create(CultureInfo.InvariantCulture, $" and {count - ids.Count} more") : string.Empty;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tqa: warning: {count} article{(count == 1 ? string.Empty : "s")} in {pair} had no source-language rule pack (only target-language checks ran): {string.Join(", ", ids)}{more}"));
            }

            if (_repeatCount > 0)
            {
                var more = _repeatCount > _repeated.Count ? string.Create(CultureInfo.InvariantCulture, $" and {_repeatCount - _repeated.Count} more") : string.Empty;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tqa: warning: {_repeatCount} article{(_repeatCount == 1 ? " has" : "s have")} the id of an earlier one ({string.Join(", ", _repeated)}{more}): the reports list each of them again; is an input given twice?"));
            }

            if (_errorCount == 0)
            {
                return;
            }

            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tqa: {_errorCount} article{(_errorCount == 1 ? " was" : "s were")} not checked:"));
            foreach (var line in _errors)
            {
                error.WriteLine("  " + line);
            }

            if (_errorCount > _errors.Count)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {_errorCount - _errors.Count} more: see {where}"));
            }
        }
    }
}
