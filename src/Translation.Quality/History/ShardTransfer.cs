namespace Translation.Quality.History;

/// <summary>Moves history between files: one shard's run out to a file of its own, another file's rows in.</summary>
internal sealed class ShardTransfer(HistoryConnection db)
{
    /// <summary>Writes what one run recorded (its articles, their findings, its nights) and every decision to a new file.</summary>
    public void ExportRun(string runId, string night, string shard, string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            File.Delete(full);
        }

        HistoryConnection.CreatePortable(full);
        db.WithAttached(full, () =>
        {
            db.Execute("INSERT INTO x.articles SELECT * FROM main.articles WHERE run_id = $run", ("$run", runId));
            db.Execute(
                "INSERT INTO x.findings SELECT f.* FROM main.findings f JOIN main.articles a ON a.feed = f.feed AND a.article_id = f.article_id WHERE a.run_id = $run",
                ("$run", runId));
            db.Execute("INSERT INTO x.report_entries SELECT * FROM main.report_entries WHERE run_id = $run", ("$run", runId));
            db.Execute("INSERT INTO x.runs SELECT * FROM main.runs WHERE run_id = $run", ("$run", runId));
            db.Execute("INSERT INTO x.nights SELECT * FROM main.nights WHERE night = $night AND shard = $shard", ("$night", night), ("$shard", shard));
            db.Execute("INSERT INTO x.decisions SELECT * FROM main.decisions");
            db.Execute("INSERT INTO x.decision_log (fingerprint, decision, reason, decided_by, decided_at) SELECT fingerprint, decision, reason, decided_by, decided_at FROM main.decision_log ORDER BY id");
        });
    }

    /// <summary>
    /// Folds another history file (a shard's export, or another machine's history) into this one:
    /// an article's later version wins, a later decision wins, nights replace nights. Importing the
    /// same file twice changes nothing.
    /// </summary>
    public void Import(string path) => Import(path, pending: false);

    /// <summary>
    /// Folds another history file in, but leaves the runs it brings that were not already complete
    /// here unfinished, so no listing shows their night until <see cref="RunRepository.Complete"/>
    /// is called for each (a merge, once its reports are published).
    /// </summary>
    /// <returns>The runs left unfinished.</returns>
    public IReadOnlyList<string> ImportPending(string path) => Import(path, pending: true);

    private List<string> Import(string path, bool pending)
    {
        var left = new List<string>();
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new HistoryException($"{full}: history file not found");
        }

        // Bring the other file to this schema first, so its columns line up with ours.
        HistoryConnection.CreatePortable(full);
        db.WithAttached(full, () =>
        {
            db.Execute("DROP TABLE IF EXISTS temp.incoming");
            db.Execute(
                """
                CREATE TEMP TABLE incoming AS SELECT s.feed, s.article_id FROM x.articles s
                WHERE NOT EXISTS (SELECT 1 FROM main.articles m WHERE m.feed = s.feed AND m.article_id = s.article_id AND m.night > s.night)
                """);
            db.Execute("DELETE FROM main.findings WHERE EXISTS (SELECT 1 FROM temp.incoming i WHERE i.feed = findings.feed AND i.article_id = findings.article_id)");
            db.Execute("INSERT INTO main.findings SELECT f.* FROM x.findings f JOIN temp.incoming i ON i.feed = f.feed AND i.article_id = f.article_id");
            db.Execute("INSERT OR REPLACE INTO main.articles SELECT a.* FROM x.articles a JOIN temp.incoming i ON i.feed = a.feed AND i.article_id = a.article_id");

            // An incoming article brings its report entry or none: never one stored here for an earlier version.
            db.Execute("DELETE FROM main.report_entries WHERE (feed, article_id) IN (SELECT feed, article_id FROM temp.incoming)");
            db.Execute("INSERT INTO main.report_entries SELECT e.* FROM x.report_entries e JOIN temp.incoming i ON i.feed = e.feed AND i.article_id = e.article_id");
            db.Execute("DROP TABLE temp.incoming");
            db.Execute("DROP TABLE IF EXISTS temp.pending");
            db.Execute(
                """
                CREATE TEMP TABLE pending AS SELECT s.run_id FROM x.runs s
                WHERE $pending AND NOT EXISTS (SELECT 1 FROM main.runs m WHERE m.run_id = s.run_id AND m.completed_utc IS NOT NULL)
                """,
                ("$pending", pending));
            db.Execute("INSERT OR REPLACE INTO main.runs SELECT * FROM x.runs");
            db.Execute("UPDATE main.runs SET completed_utc = NULL WHERE run_id IN (SELECT run_id FROM temp.pending)");
            using (var reader = db.Command("SELECT run_id FROM temp.pending ORDER BY run_id").ExecuteReader())
            {
                while (reader.Read())
                {
                    left.Add(reader.GetString(0));
                }
            }

            db.Execute("DROP TABLE temp.pending");
            db.Execute(
                """
                DELETE FROM main.nights WHERE EXISTS (SELECT 1 FROM x.nights s WHERE s.night = nights.night AND s.feed = nights.feed AND s.shard <> nights.shard
                    AND (s.shard = '' OR nights.shard = '' OR substr(s.shard, instr(s.shard, '/') + 1) <> substr(nights.shard, instr(nights.shard, '/') + 1)))
                """);
            db.Execute("INSERT OR REPLACE INTO main.nights SELECT * FROM x.nights");
            db.Execute(
                """
                INSERT INTO main.decisions SELECT * FROM x.decisions WHERE true
                ON CONFLICT (fingerprint) DO UPDATE SET decision = excluded.decision, reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at
                WHERE excluded.decided_at > decisions.decided_at
                """);
            db.Execute(
                """
                INSERT INTO main.decision_log (fingerprint, decision, reason, decided_by, decided_at)
                SELECT s.fingerprint, s.decision, s.reason, s.decided_by, s.decided_at FROM x.decision_log s
                WHERE NOT EXISTS (SELECT 1 FROM main.decision_log m WHERE m.fingerprint = s.fingerprint AND m.decision = s.decision AND m.decided_by = s.decided_by AND m.decided_at = s.decided_at)
                ORDER BY s.id
                """);
        });
        return left;
    }
}
