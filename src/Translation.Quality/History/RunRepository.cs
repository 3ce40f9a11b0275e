namespace Translation.Quality.History;

/// <summary>The runs of a history file: a night's run starts, resumes after a crash, and completes.</summary>
internal sealed class RunRepository(HistoryConnection db)
{
    /// <summary>Starts tonight's run, or resumes one that was interrupted for the same night and shard.</summary>
    public RunStart Start(string night, string shard, string toolVersion, string rulesKey, DateTimeOffset now) => db.Write(() =>
    {
        var open = db.Scalar(
            "SELECT run_id FROM runs WHERE night = $night AND shard = $shard AND completed_utc IS NULL AND rules_key = $rules ORDER BY started_utc DESC LIMIT 1",
            ("$night", night), ("$shard", shard), ("$rules", rulesKey)) as string;
        if (open is not null)
        {
            return new RunStart(open, Resumed: true);
        }

        var runId = Guid.NewGuid().ToString("N");
        db.Execute(
            "INSERT INTO runs (run_id, night, shard, started_utc, completed_utc, tool_version, rules_key) VALUES ($id, $night, $shard, $now, NULL, $tool, $rules)",
            ("$id", runId), ("$night", night), ("$shard", shard), ("$now", HistoryConnection.Utc(now)), ("$tool", toolVersion), ("$rules", rulesKey));
        return new RunStart(runId, Resumed: false);
    });

    /// <summary>Whether a run of this night and shard has completed (its reports were published).</summary>
    public bool IsComplete(string night, string shard)
    {
        lock (db.Gate)
        {
            return db.Scalar("SELECT 1 FROM runs WHERE night = $night AND shard = $shard AND completed_utc IS NOT NULL LIMIT 1", ("$night", night), ("$shard", shard)) is not null;
        }
    }

    public void Complete(string runId, DateTimeOffset now) => db.Write(() =>
        db.Execute("UPDATE runs SET completed_utc = $now WHERE run_id = $id", ("$now", HistoryConnection.Utc(now)), ("$id", runId)));
}
