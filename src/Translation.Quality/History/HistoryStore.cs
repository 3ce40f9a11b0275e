using Translation.Quality.Results;

namespace Translation.Quality.History;

/// <summary>
/// The history file, opened: one connection (<see cref="HistoryConnection"/>) and the repositories
/// over it — runs, articles, decisions, trends, and the transfer of shards between files. This type
/// only opens the file and hands each call to the repository that owns it.
/// </summary>
public sealed class HistoryStore : IDisposable
{
    private HistoryStore(HistoryConnection connection)
    {
        Connection = connection;
        Runs = new RunRepository(connection);
        Articles = new ArticleRepository(connection);
        ReviewDecisions = new DecisionRepository(connection);
        Trends = new TrendRepository(connection);
        Shards = new ShardTransfer(connection);
    }

    public string Path => Connection.Path;

    public int SchemaVersion => Connection.SchemaVersion;

    internal HistoryConnection Connection { get; }

    internal RunRepository Runs { get; }

    internal ArticleRepository Articles { get; }

    internal DecisionRepository ReviewDecisions { get; }

    internal TrendRepository Trends { get; }

    internal ShardTransfer Shards { get; }

    /// <summary>Opens (creating if need be) and migrates a history file.</summary>
    /// <exception cref="HistoryException">Not a history file, or one from a newer tqa.</exception>
    public static HistoryStore Open(string path) => new(HistoryConnection.Open(path));

    /// <summary>SQLite's integrity check of a history file, opened read-only: "ok", or each problem it found.</summary>
    /// <exception cref="HistoryException">The file cannot even be opened as a database.</exception>
    public static IReadOnlyList<string> Check(string path) => HistoryConnection.Check(path);

    /// <summary>Starts tonight's run, or resumes one that was interrupted for the same night and shard.</summary>
    public RunStart StartRun(string night, string shard, string toolVersion, string rulesKey, DateTimeOffset now) => Runs.Start(night, shard, toolVersion, rulesKey, now);

    /// <summary>Whether a run of this night and shard has completed (its reports were published).</summary>
    public bool IsComplete(string night, string shard) => Runs.IsComplete(night, shard);

    public void CompleteRun(string runId, DateTimeOffset now) => Runs.Complete(runId, now);

    /// <summary>Records one feed's night; a whole night replaces its shards' rows, and a shard replaces a whole night's.</summary>
    public void RecordNight(TrendRow row, string shard, DateTimeOffset now) => Trends.RecordNight(row, shard, now);

    /// <summary>The last <paramref name="nights"/> nights up to <paramref name="throughNight"/>, oldest first; shards of a night are added up.</summary>
    /// <param name="current">The night being written now: listed although its run is not complete yet (its own report shows it).</param>
    public IReadOnlyList<TrendRow> Trend(string? feed, int nights, string? throughNight = null, string? current = null) => Trends.Trend(feed, nights, throughNight, current);

    public ReviewDecision? Decision(string fingerprint) => ReviewDecisions.Decision(fingerprint);

    /// <summary>Records a decision and logs it.</summary>
    /// <param name="onlyIfNewer">Keep an existing decision made later than this one (imports).</param>
    /// <returns>False when an existing, later decision was kept.</returns>
    public bool Decide(ReviewDecision decision, bool onlyIfNewer = false) => ReviewDecisions.Decide(decision, onlyIfNewer);

    /// <summary>Every decision, oldest first, streamed.</summary>
    public IEnumerable<ReviewDecision> Decisions() => ReviewDecisions.Decisions();

    /// <summary>Whether any article's latest version has a finding with this fingerprint.</summary>
    public bool HasFinding(string fingerprint) => Articles.HasFinding(fingerprint);

    /// <summary>
    /// Findings of the articles' latest versions with their review status, then decisions on
    /// fingerprints no current article has; streamed.
    /// </summary>
    public IEnumerable<ReviewItem> Review(ReviewStatus? status) => ReviewDecisions.Review(status);

    /// <summary>Writes what one run recorded (its articles, their findings, its nights) and every decision to a new file.</summary>
    public void ExportRun(string runId, string night, string shard, string path) => Shards.ExportRun(runId, night, shard, path);

    /// <summary>
    /// Folds another history file (a shard's export, or another machine's history) into this one:
    /// an article's later version wins, a later decision wins, nights replace nights. Importing the
    /// same file twice changes nothing.
    /// </summary>
    public void Import(string path) => Shards.Import(path);

    /// <summary>Folds another history file in with its runs left unfinished (their nights unlisted) until each is completed.</summary>
    /// <returns>The runs to complete once the night's reports are published.</returns>
    internal IReadOnlyList<string> ImportPending(string path) => Shards.ImportPending(path);

    public void Dispose() => Connection.Dispose();
}
