using Microsoft.Data.Sqlite;

namespace Translation.Quality.History;

/// <summary>Reviewers' decisions on fingerprints, the log of every decision, and the review listing.</summary>
internal sealed class DecisionRepository(HistoryConnection db)
{
    public ReviewDecision? Decision(string fingerprint)
    {
        lock (db.Gate)
        {
            using var reader = db.Command("SELECT fingerprint, decision, reason, decided_by, decided_at FROM decisions WHERE fingerprint = $fp", ("$fp", fingerprint)).ExecuteReader();
            return reader.Read() ? ReadDecision(reader) : null;
        }
    }

    private HashSet<string> _dismissed = new(StringComparer.Ordinal);
    private (long Version, long Changes) _dismissedAt = (-1, -1);

    /// <summary>Whether a reviewer dismissed this fingerprint; the caller holds the gate.</summary>
    public bool IsDismissed(string fingerprint) => Dismissed().Contains(fingerprint);

    /// <summary>
    /// The dismissed fingerprints as the file says now (the per-article lookup of a run); the caller holds
    /// the gate. Read again only when the file changed since: a commit by another process (data_version,
    /// a reviewer dismissing during a run) or a write on this connection (total_changes). Otherwise one
    /// statement per article instead of one query per finding.
    /// </summary>
    public IReadOnlySet<string> Dismissed()
    {
        using (var reader = db.Command("SELECT data_version, total_changes() FROM pragma_data_version").ExecuteReader())
        {
            reader.Read();
            var now = (reader.GetInt64(0), reader.GetInt64(1));
            if (now == _dismissedAt)
            {
                return _dismissed;
            }

            _dismissedAt = now;
        }

        var dismissed = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = db.Command("SELECT fingerprint FROM decisions WHERE decision = 'dismissed'").ExecuteReader())
        {
            while (reader.Read())
            {
                dismissed.Add(reader.GetString(0));
            }
        }

        _dismissed = dismissed;
        return dismissed;
    }

    /// <summary>Records a decision and logs it.</summary>
    /// <param name="onlyIfNewer">Keep an existing decision made later than this one (imports).</param>
    /// <returns>False when an existing, later decision was kept.</returns>
    public bool Decide(ReviewDecision decision, bool onlyIfNewer = false) => db.Write(() =>
    {
        var at = HistoryConnection.Utc(decision.At);
        if (onlyIfNewer && db.Scalar("SELECT decided_at FROM decisions WHERE fingerprint = $fp", ("$fp", decision.Fingerprint)) is string existing
            && string.CompareOrdinal(existing, at) > 0)
        {
            return false;
        }

        (string, object?)[] args = [("$fp", decision.Fingerprint), ("$decision", decision.DecisionName), ("$reason", decision.Reason), ("$by", decision.By), ("$at", at)];
        db.Execute("INSERT OR REPLACE INTO decisions (fingerprint, decision, reason, decided_by, decided_at) VALUES ($fp, $decision, $reason, $by, $at)", args);
        db.Execute("INSERT INTO decision_log (fingerprint, decision, reason, decided_by, decided_at) VALUES ($fp, $decision, $reason, $by, $at)", args);
        return true;
    });

    /// <summary>Every decision, oldest first, streamed.</summary>
    public IEnumerable<ReviewDecision> Decisions()
    {
        // A separate command: the caller may look things up while this reader is open.
        using var command = db.NewCommand("SELECT fingerprint, decision, reason, decided_by, decided_at FROM decisions ORDER BY decided_at, fingerprint");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadDecision(reader);
        }
    }

    /// <summary>
    /// Findings of the articles' latest versions with their review status, then decisions on
    /// fingerprints no current article has; streamed.
    /// </summary>
    public IEnumerable<ReviewItem> Review(ReviewStatus? status)
    {
        using var command = db.NewCommand(
            """
            SELECT f.fingerprint, f.feed, f.article_id, f.rule, f.class, f.severity, f.text, f.sentence,
                   d.decision, d.reason, d.decided_by, d.decided_at
            FROM findings f LEFT JOIN decisions d ON d.fingerprint = f.fingerprint
            WHERE $status IS NULL OR ($status = 'open' AND d.fingerprint IS NULL) OR d.decision = $status
            UNION ALL
            SELECT d.fingerprint, NULL, NULL, NULL, NULL, NULL, NULL, NULL, d.decision, d.reason, d.decided_by, d.decided_at
            FROM decisions d
            WHERE ($status IS NULL OR d.decision = $status) AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.fingerprint = d.fingerprint)
            ORDER BY 2, 3, 1
            """);
        command.Parameters.AddWithValue("$status", status is { } s ? s.ToString().ToLowerInvariant() : DBNull.Value);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ReviewDecision? decision = reader.IsDBNull(8) ? null : new ReviewDecision(
                reader.GetString(0),
                ReviewDecision.Parse(reader.GetString(8)) ?? ReviewDecisionKind.Confirmed,
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.GetString(10),
                HistoryConnection.ParseUtc(reader.GetString(11)));
            yield return new ReviewItem
            {
                Fingerprint = reader.GetString(0),
                Status = decision is null ? ReviewStatus.Open : decision.Decision == ReviewDecisionKind.Dismissed ? ReviewStatus.Dismissed : ReviewStatus.Confirmed,
                Feed = HistoryConnection.NullableString(reader, 1),
                ArticleId = HistoryConnection.NullableString(reader, 2),
                Rule = HistoryConnection.NullableString(reader, 3),
                Class = HistoryConnection.NullableString(reader, 4),
                Severity = HistoryConnection.NullableString(reader, 5),
                Text = HistoryConnection.NullableString(reader, 6),
                Sentence = HistoryConnection.NullableString(reader, 7),
                Decision = decision,
            };
        }
    }

    private static ReviewDecision ReadDecision(SqliteDataReader reader) => new(
        reader.GetString(0),
        ReviewDecision.Parse(reader.GetString(1)) ?? ReviewDecisionKind.Confirmed,
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.GetString(3),
        HistoryConnection.ParseUtc(reader.GetString(4)));
}
