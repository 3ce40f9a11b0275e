using System.Text.Json;
using Translation.Quality.Documents;
using Translation.Quality.Results;

namespace Translation.Quality.History;

/// <summary>
/// Each article's last successful check: its content hash and rules key (the "unchanged" key), its
/// figures and its findings in order, with what changed. Lookups are per article (one indexed read).
/// </summary>
internal sealed class ArticleRepository(HistoryConnection db)
{
    private const string SelectArticle =
        "SELECT content_hash, rules_key, run_id, status, words, scored, diagnostics, resolved, sentences FROM articles WHERE feed = $feed AND article_id = $id";

    private const string SelectFindings =
        "SELECT fingerprint, rule, class, category, severity, start_offset, end_offset, text, sentence, message, suggestion, change FROM findings WHERE feed = $feed AND article_id = $id ORDER BY ordinal";

    /// <summary>The stored check of this article when it was made for the same content and rules; else null.</summary>
    public StoredArticle? Find(string feed, string id, string contentHash, string rulesKey)
    {
        lock (db.Gate)
        {
            StoredArticle article;
            using (var reader = db.Command(SelectArticle, ("$feed", feed), ("$id", id)).ExecuteReader())
            {
                if (!reader.Read() || reader.GetString(0) != contentHash || reader.GetString(1) != rulesKey)
                {
                    return null;
                }

                article = new StoredArticle(
                    RunId: reader.GetString(2),
                    Status: reader.GetString(3),
                    Words: reader.GetInt32(4),
                    Scored: reader.GetInt32(5) != 0,
                    Diagnostics: ReadDiagnostics(reader.GetString(6)),
                    Resolved: JsonSerializer.Deserialize(reader.GetString(7), HistoryJsonContext.Default.StringArray) ?? [],
                    Findings: [],
                    Sentences: reader.IsDBNull(8) ? null : ReadSentences(reader.GetString(8)));
            }

            return article with { Findings = LoadFindings(feed, id) };
        }
    }

    /// <summary>The fingerprints of the article's stored findings, in order (what a new version is diffed against).</summary>
    public List<string> Fingerprints(string feed, string id)
    {
        var previous = new List<string>();
        lock (db.Gate)
        {
            using var reader = db.Command("SELECT fingerprint FROM findings WHERE feed = $feed AND article_id = $id ORDER BY ordinal", ("$feed", feed), ("$id", id)).ExecuteReader();
            while (reader.Read())
            {
                previous.Add(reader.GetString(0));
            }
        }

        return previous;
    }

    /// <summary>Whether any article's latest version has a finding with this fingerprint.</summary>
    public bool HasFinding(string fingerprint)
    {
        lock (db.Gate)
        {
            return db.Scalar("SELECT 1 FROM findings WHERE fingerprint = $fp LIMIT 1", ("$fp", fingerprint)) is not null;
        }
    }

    /// <summary>Replaces the article's state with this check; the caller holds the gate and an open batch.</summary>
    /// <param name="findings">Every finding of the check, dismissed ones included, each with its change.</param>
    public void Save(Article article, StoredCheck check, IReadOnlyList<(Finding Finding, FindingChange Change)> findings)
    {
        var feed = article.Feed ?? string.Empty;
        db.Execute(
            """
            INSERT OR REPLACE INTO articles (feed, article_id, content_hash, rules_key, night, status, words, scored, diagnostics, resolved, checked_utc, run_id, sentences)
            VALUES ($feed, $id, $hash, $rules, $night, 'checked', $words, $scored, $diagnostics, $resolved, $now, $run, $sentences)
            """,
            ("$feed", feed), ("$id", article.Id), ("$hash", check.ContentHash), ("$rules", check.RulesKey), ("$night", check.Night),
            ("$words", check.Words), ("$scored", check.Scored ? 1 : 0), ("$diagnostics", WriteDiagnostics(check.Diagnostics)),
            ("$resolved", JsonSerializer.Serialize(check.Resolved, HistoryJsonContext.Default.IReadOnlyListString)), ("$now", HistoryConnection.Utc(check.At)), ("$run", check.RunId),
            ("$sentences", check.Sentences is { } sentences ? WriteSentences(sentences) : null));
        db.Execute("DELETE FROM findings WHERE feed = $feed AND article_id = $id", ("$feed", feed), ("$id", article.Id));
        for (var i = 0; i < findings.Count; i++)
        {
            var (f, change) = findings[i];
            db.Execute(
                """
                INSERT INTO findings (feed, article_id, ordinal, fingerprint, rule, class, category, severity, start_offset, end_offset, text, sentence, message, suggestion, change)
                VALUES ($feed, $id, $ordinal, $fp, $rule, $class, $category, $severity, $start, $end, $text, $sentence, $message, $suggestion, $change)
                """,
                ("$feed", feed), ("$id", article.Id), ("$ordinal", i), ("$fp", f.Fingerprint), ("$rule", f.Rule), ("$class", f.Class), ("$category", f.Category),
                ("$severity", f.Severity.ToString().ToLowerInvariant()), ("$start", f.Start), ("$end", f.End), ("$text", f.Text), ("$sentence", f.Sentence),
                ("$message", f.Message), ("$suggestion", f.Suggestion), ("$change", FindingChangeNames.Name(change)));
        }
    }

    private List<(Finding, FindingChange)> LoadFindings(string feed, string id)
    {
        var list = new List<(Finding, FindingChange)>();
        using var reader = db.Command(SelectFindings, ("$feed", feed), ("$id", id)).ExecuteReader();
        while (reader.Read())
        {
            list.Add((new Finding
            {
                Fingerprint = reader.GetString(0),
                Rule = reader.GetString(1),
                Class = reader.GetString(2),
                Category = reader.GetString(3),
                Severity = Enum.Parse<Severity>(reader.GetString(4), ignoreCase: true),
                Start = reader.GetInt32(5),
                End = reader.GetInt32(6),
                Text = reader.GetString(7),
                Sentence = reader.GetString(8),
                Message = reader.GetString(9),
                Suggestion = reader.IsDBNull(10) ? null : reader.GetString(10),
            }, reader.GetString(11) == "carried" ? FindingChange.Carried : FindingChange.New));
        }

        return list;
    }

    /// <summary>Sentence bounds flat, start then end, as the HTML report's data carries them.</summary>
    private static string WriteSentences(IReadOnlyList<TextSpan> sentences) =>
        JsonSerializer.Serialize(sentences.SelectMany(s => new[] { s.Start, s.End }).ToArray(), HistoryJsonContext.Default.Int32Array);

    /// <summary>The stored bounds; a value that is not pairs is treated as missing (split as before).</summary>
    private static TextSpan[]? ReadSentences(string json) =>
        JsonSerializer.Deserialize(json, HistoryJsonContext.Default.Int32Array) is { Length: var n } bounds && n % 2 == 0
            ? [.. Enumerable.Range(0, n / 2).Select(i => new TextSpan(bounds[2 * i], bounds[(2 * i) + 1]))]
            : null;

    private static string WriteDiagnostics(IReadOnlyList<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(diagnostics.Select(d => new StoredDiagnostic(d.Code, d.Stage, d.Message, d.IsError)).ToList(), HistoryJsonContext.Default.ListStoredDiagnostic);

    private static List<Diagnostic> ReadDiagnostics(string json) =>
        (JsonSerializer.Deserialize(json, HistoryJsonContext.Default.ListStoredDiagnostic) ?? []).ConvertAll(d => new Diagnostic(d.Code, d.Stage, d.Message, d.IsError));
}

/// <summary>An article's last successful check as the history keeps it.</summary>
/// <param name="Status">"checked" (the only state stored today).</param>
/// <param name="Sentences">The sentences the check found; null when it was stored by a tqa that did not keep them.</param>
internal sealed record StoredArticle(string RunId, string Status, int Words, bool Scored, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Resolved, IReadOnlyList<(Finding Finding, FindingChange Change)> Findings, IReadOnlyList<TextSpan>? Sentences);

/// <summary>What the history writes for an article besides its findings.</summary>
internal sealed record StoredCheck(string ContentHash, string RulesKey, string Night, string RunId, int Words, bool Scored, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Resolved, DateTimeOffset At)
{
    /// <summary>The sentences the check found (the HTML report's blocks); null when no stage segmented the article.</summary>
    public IReadOnlyList<TextSpan>? Sentences { get; init; }
}
