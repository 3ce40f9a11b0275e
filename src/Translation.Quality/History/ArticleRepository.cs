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
    // One statement for the article and its findings (a reused article is one indexed read, not two):
    // the article's columns repeat on each finding row; an article without findings gives one row of NULLs.
    private const string SelectArticle =
        """
        SELECT a.content_hash, a.rules_key, a.run_id, a.status, a.words, a.scored, a.diagnostics, a.resolved, a.sentences,
               f.fingerprint, f.rule, f.class, f.category, f.severity, f.start_offset, f.end_offset, f.text, f.sentence, f.message, f.suggestion, f.change, f.source_start, f.source_end
        FROM articles a LEFT JOIN findings f ON f.feed = a.feed AND f.article_id = a.article_id
        WHERE a.feed = $feed AND a.article_id = $id
        ORDER BY f.ordinal
        """;

    /// <summary>Where the finding's columns start in <see cref="SelectArticle"/>.</summary>
    private const int FindingColumns = 9;

    /// <summary>The stored check of this article when it was made for the same content and rules; else null.</summary>
    /// <param name="sourceText">The article's source text: a stored source span is read back from it (same content hash, same text).</param>
    public StoredArticle? Find(string feed, string id, string contentHash, string rulesKey, string? sourceText = null)
    {
        lock (db.Gate)
        {
            using var reader = db.Command(SelectArticle, ("$feed", feed), ("$id", id)).ExecuteReader();
            if (!reader.Read() || reader.GetString(0) != contentHash || reader.GetString(1) != rulesKey)
            {
                return null;
            }

            var article = new StoredArticle(
                RunId: reader.GetString(2),
                Status: reader.GetString(3),
                Words: reader.GetInt32(4),
                Scored: reader.GetInt32(5) != 0,
                Diagnostics: ReadDiagnostics(reader.GetString(6)),
                Resolved: ReadResolved(reader.GetString(7)),
                Findings: [],
                Sentences: reader.IsDBNull(8) ? null : ReadSentences(reader.GetString(8)));
            var findings = new List<(Finding, FindingChange)>();
            if (!reader.IsDBNull(FindingColumns))
            {
                do
                {
                    findings.Add(ReadFinding(reader, FindingColumns, sourceText));
                }
                while (reader.Read());
            }

            return article with { Findings = findings };
        }
    }

    /// <summary>
    /// The stored report.json entry of this article when it was made for the same content and rules and the
    /// history has one (rows from before v5, or articles whose entry could not be reused, have none); else null.
    /// One indexed read of the article's row, no finding rows.
    /// </summary>
    public StoredEntry? FindEntry(string feed, string id, string contentHash, string rulesKey)
    {
        lock (db.Gate)
        {
            using var reader = db.Command(
                """
                SELECT content_hash, rules_key, run_id, words, entry, path, position, fingerprints, mqm_penalty, mqm_score, mqm_pass, tally
                FROM report_entries WHERE feed = $feed AND article_id = $id
                """,
                ("$feed", feed), ("$id", id)).ExecuteReader();
            if (!reader.Read() || reader.GetString(0) != contentHash || reader.GetString(1) != rulesKey || FindingTally.Read(reader.GetString(11)) is not { } tally)
            {
                return null;
            }

            // An entry cut short (a damaged page) is not copied: the findings are read instead.
            var json = (byte[])reader.GetValue(4);
            if (json is not [(byte)'\n', .., (byte)'}'])
            {
                return null;
            }

            MqmResult? mqm = reader.IsDBNull(8) || reader.IsDBNull(9) || reader.IsDBNull(10) ? null : new MqmResult(reader.GetDouble(8), reader.GetDouble(9), reader.GetInt32(10) != 0);
            return new StoredEntry(
                RunId: reader.GetString(2),
                Words: reader.GetInt32(3),
                Mqm: mqm,
                Path: reader.GetString(5),
                Position: reader.IsDBNull(6) ? null : reader.GetInt64(6),
                Fingerprints: reader.GetString(7),
                Entry: new VerbatimArticle(json, tally));
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
    /// <param name="entry">The article's report.json entry as an unchanged rerun would write it; null when it cannot be reused.</param>
    public void Save(Article article, StoredCheck check, IReadOnlyList<(Finding Finding, FindingChange Change)> findings, StoredReportEntry? entry = null)
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

        // The entry is replaced with the article, or removed: an entry older than the article's row is never copied.
        if (entry is null)
        {
            db.Execute("DELETE FROM report_entries WHERE feed = $feed AND article_id = $id", ("$feed", feed), ("$id", article.Id));
        }
        else
        {
            db.Execute(
                """
                INSERT OR REPLACE INTO report_entries (feed, article_id, content_hash, rules_key, run_id, path, position, fingerprints, words, mqm_penalty, mqm_score, mqm_pass, tally, entry)
                VALUES ($feed, $id, $hash, $rules, $run, $path, $position, $fingerprints, $words, $penalty, $score, $pass, $tally, $entry)
                """,
                ("$feed", feed), ("$id", article.Id), ("$hash", check.ContentHash), ("$rules", check.RulesKey), ("$run", check.RunId), ("$path", article.Path), ("$position", entry.Position),
                ("$fingerprints", string.Join('\n', findings.Select(f => f.Finding.Fingerprint))), ("$words", check.Words),
                ("$penalty", entry.Mqm?.Penalty), ("$score", entry.Mqm?.Score), ("$pass", entry.Mqm is { } mqm ? (mqm.Pass ? 1 : 0) : null),
                ("$tally", FindingTally.Write(entry.Tally)), ("$entry", entry.Json));
        }

        db.Execute("DELETE FROM findings WHERE feed = $feed AND article_id = $id", ("$feed", feed), ("$id", article.Id));
        for (var i = 0; i < findings.Count; i++)
        {
            var (f, change) = findings[i];
            db.Execute(
                """
                INSERT INTO findings (feed, article_id, ordinal, fingerprint, rule, class, category, severity, start_offset, end_offset, text, sentence, message, suggestion, change, source_start, source_end)
                VALUES ($feed, $id, $ordinal, $fp, $rule, $class, $category, $severity, $start, $end, $text, $sentence, $message, $suggestion, $change, $sourceStart, $sourceEnd)
                """,
                ("$feed", feed), ("$id", article.Id), ("$ordinal", i), ("$fp", f.Fingerprint), ("$rule", f.Rule), ("$class", f.Class), ("$category", f.Category),
                ("$severity", f.Severity.ToString().ToLowerInvariant()), ("$start", f.Start), ("$end", f.End), ("$text", f.Text), ("$sentence", f.Sentence),
                ("$message", f.Message), ("$suggestion", f.Suggestion), ("$change", FindingChangeNames.Name(change)), ("$sourceStart", f.Source?.Start), ("$sourceEnd", f.Source?.End));
        }
    }

    private static (Finding, FindingChange) ReadFinding(Microsoft.Data.Sqlite.SqliteDataReader reader, int at, string? sourceText) =>
        (new Finding
        {
            Fingerprint = reader.GetString(at),
            Rule = reader.GetString(at + 1),
            Class = reader.GetString(at + 2),
            Category = reader.GetString(at + 3),
            Severity = ParseSeverity(reader.GetString(at + 4)),
            Start = reader.GetInt32(at + 5),
            End = reader.GetInt32(at + 6),
            Text = reader.GetString(at + 7),
            Sentence = reader.GetString(at + 8),
            Message = reader.GetString(at + 9),
            Suggestion = reader.IsDBNull(at + 10) ? null : reader.GetString(at + 10),
            Source = StoredSource(reader, at + 12, sourceText),
        }, reader.GetString(at + 11) == "carried" ? FindingChange.Carried : FindingChange.New);

    /// <summary>The three names Save writes, without Enum.Parse's reflection; anything else as Enum.Parse reads it.</summary>
    private static Severity ParseSeverity(string name) => name switch
    {
        "minor" => Severity.Minor,
        "major" => Severity.Major,
        "critical" => Severity.Critical,
        _ => Enum.Parse<Severity>(name, ignoreCase: true),
    };

    private static SourceSpan? StoredSource(Microsoft.Data.Sqlite.SqliteDataReader reader, int at, string? sourceText)
    {
        if (sourceText is null || reader.IsDBNull(at) || reader.IsDBNull(at + 1))
        {
            return null;
        }

        var (start, end) = (reader.GetInt32(at), reader.GetInt32(at + 1));
        return start >= 0 && start <= end && end <= sourceText.Length ? new SourceSpan(start, end, sourceText[start..end]) : null;
    }

    /// <summary>Sentence bounds flat, start then end, as the HTML report's data carries them.</summary>
    private static string WriteSentences(IReadOnlyList<TextSpan> sentences) =>
        JsonSerializer.Serialize(sentences.SelectMany(s => new[] { s.Start, s.End }).ToArray(), HistoryJsonContext.Default.Int32Array);

    /// <summary>The stored bounds; a value that is not pairs is treated as missing (split as before).</summary>
    private static TextSpan[]? ReadSentences(string json) =>
        (FlatInts(json) ?? JsonSerializer.Deserialize(json, HistoryJsonContext.Default.Int32Array)) is { Length: var n } bounds && n % 2 == 0
            ? [.. Enumerable.Range(0, n / 2).Select(i => new TextSpan(bounds[2 * i], bounds[(2 * i) + 1]))]
            : null;

    /// <summary>
    /// "[0,12,13,40]" as WriteSentences writes it, read without the JSON reader (every reused article has
    /// one); null for anything else (spaces, signs, other numbers), which the JSON reader then reads.
    /// </summary>
    internal static int[]? FlatInts(string json)
    {
        if (json.Length < 2 || json[0] != '[' || json[^1] != ']')
        {
            return null;
        }

        if (json.Length == 2)
        {
            return [];
        }

        var values = new List<int>();
        var value = 0L;
        var digits = 0;
        for (var i = 1; i < json.Length; i++)
        {
            var c = json[i];
            if (c is >= '0' and <= '9' && digits < 10)
            {
                value = (value * 10) + (c - '0');
                digits++;
            }
            else if ((c == ',' || i == json.Length - 1) && digits > 0 && value <= int.MaxValue && !(digits > 1 && json[i - digits] == '0'))
            {
                values.Add((int)value);
                (value, digits) = (0, 0);
            }
            else
            {
                return null;
            }
        }

        return [.. values];
    }

    private static string WriteDiagnostics(IReadOnlyList<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(diagnostics.Select(d => new StoredDiagnostic(d.Code, d.Stage, d.Message, d.IsError)).ToList(), HistoryJsonContext.Default.ListStoredDiagnostic);

    /// <summary>Most articles have none: "[]" needs no parser.</summary>
    private static IReadOnlyList<string> ReadResolved(string json) =>
        json == "[]" ? [] : JsonSerializer.Deserialize(json, HistoryJsonContext.Default.StringArray) ?? [];

    private static List<Diagnostic> ReadDiagnostics(string json) => json == "[]" ? [] :
        (JsonSerializer.Deserialize(json, HistoryJsonContext.Default.ListStoredDiagnostic) ?? []).ConvertAll(d => new Diagnostic(d.Code, d.Stage, d.Message, d.IsError));
}

/// <summary>An article's last successful check as the history keeps it.</summary>
/// <param name="Status">"checked" (the only state stored today).</param>
/// <param name="Sentences">The sentences the check found; null when it was stored by a tqa that did not keep them.</param>
internal sealed record StoredArticle(string RunId, string Status, int Words, bool Scored, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Resolved, IReadOnlyList<(Finding Finding, FindingChange Change)> Findings, IReadOnlyList<TextSpan>? Sentences);

/// <summary>An article's stored report.json entry and what a rerun checks before copying it.</summary>
/// <param name="Path">The input path the entry names: a rerun whose input path differs takes the object path.</param>
/// <param name="Position">The feed position the entry names (nightly), compared the same way.</param>
/// <param name="Fingerprints">Every stored finding's fingerprint, newline-separated: any of them dismissed since sends the article down the object path.</param>
internal sealed record StoredEntry(string RunId, int Words, MqmResult? Mqm, string Path, long? Position, string Fingerprints, VerbatimArticle Entry);

/// <summary>What the history writes for an article besides its findings.</summary>
internal sealed record StoredCheck(string ContentHash, string RulesKey, string Night, string RunId, int Words, bool Scored, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Resolved, DateTimeOffset At)
{
    /// <summary>The sentences the check found (the HTML report's blocks); null when no stage segmented the article.</summary>
    public IReadOnlyList<TextSpan>? Sentences { get; init; }
}
