using System.Text;
using System.Text.Json;
using Translation.Quality.History;
using Translation.Quality.Tests.Cli;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

/// <summary>review import follows the CLI's rules, refuses what it cannot take and says so.</summary>
public sealed class ReviewImportRulesTests : IDisposable
{
    private const string Unknown = "0123456789abcdef";
    private readonly TempDir _dir = new();

    private string Db => Path.Combine(_dir.Path, "h.db");

    /// <summary>A history that knows the findings of one checked article; their fingerprints.</summary>
    private async Task<IReadOnlyList<string>> Checked()
    {
        var article = _dir.File("in/fr-en/a.txt", "The the vote was held on 15/09/2023. He had had enough of of it.");
        var outDir = Path.Combine(_dir.Path, "out");
        var (exit, _, err) = await CliRunner.Run("check", article, "--history", Db, "--out", outDir, "--format", "json", "--quiet");
        Assert.True(exit == 1, err); // its findings fail MQM: threshold broken
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var prints = report.RootElement.GetProperty("articles")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()!).Distinct().ToList();
        Assert.True(prints.Count >= 3, string.Join(' ', prints));
        return prints;
    }

    private string Decisions(params object[] entries) =>
        _dir.File("decisions.json", JsonSerializer.Serialize(new { decisions = entries }));

    [Fact]
    public async Task Import_RefusesADismissalWithoutReason_AnUnknownFingerprint_AndAnOverlongReason_AndAppliesTheRest()
    {
        var known = await Checked();
        var file = Decisions(
            new { fingerprint = known[0], decision = "dismissed" },
            new { fingerprint = known[1], decision = "confirmed", by = "ana" },
            new { fingerprint = Unknown, decision = "dismissed", reason = "a name" },
            new { fingerprint = known[2], decision = "dismissed", reason = new string('x', 5000) },
            new { fingerprint = known[0], decision = "dismissed", reason = "   " });

        var (exit, stdout, stderr) = await CliRunner.Run("review", "import", file, "--history", Db);

        Assert.True(exit == 3, stderr);
        Assert.Contains("1 decisions imported, 0 kept as they were (a later decision was already recorded), 4 refused", stdout, StringComparison.Ordinal);
        Assert.Contains($"tqa: refused decisions[0] {known[0]} (dismissed): a dismissal needs a reason", stderr, StringComparison.Ordinal);
        Assert.Contains($"tqa: refused decisions[2] {Unknown} (dismissed): no finding in {Db} has this fingerprint", stderr, StringComparison.Ordinal);
        Assert.Contains($"tqa: refused decisions[3] {known[2]} (dismissed): the reason is 5,000 characters; at most 2,000 are kept", stderr, StringComparison.Ordinal);
        Assert.Contains($"tqa: refused decisions[4] {known[0]} (dismissed): a dismissal needs a reason", stderr, StringComparison.Ordinal);
        using var store = HistoryStore.Open(Db);
        Assert.Null(store.Decision(known[0]));
        Assert.Null(store.Decision(Unknown));
        Assert.Null(store.Decision(known[2]));
        Assert.Equal(ReviewDecisionKind.Confirmed, store.Decision(known[1])!.Decision);

        // --keep-unknown records a decision on a fingerprint not seen yet, as 'review dismiss' does.
        var again = Decisions(new { fingerprint = Unknown, decision = "dismissed", reason = "a name" });
        var (keep, keepOut, keepErr) = await CliRunner.Run("review", "import", again, "--history", Db, "--keep-unknown");
        Assert.True(keep == 0, keepErr);
        Assert.Contains("1 decisions imported", keepOut, StringComparison.Ordinal);
        Assert.Contains("1 decisions are on fingerprints no article", keepErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ShowsTheFirstTenRefusals_AndCountsTheRest()
    {
        var known = await Checked();
        var file = Decisions([.. Enumerable.Range(0, 13).Select(_ => new { fingerprint = known[0], decision = "dismissed" })]);

        var (exit, stdout, stderr) = await CliRunner.Run("review", "import", file, "--history", Db);

        Assert.Equal(3, exit);
        Assert.Contains("0 decisions imported, 0 kept as they were (a later decision was already recorded), 13 refused", stdout, StringComparison.Ordinal);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Count(l => l.StartsWith("tqa: refused ", StringComparison.Ordinal)));
        Assert.Contains("decisions[9] ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("decisions[10] ", stderr, StringComparison.Ordinal);
        Assert.Contains("… and 3 more refused", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dismiss_RefusesAnOverlongReason_AsImportDoes()
    {
        var (exit, _, stderr) = await CliRunner.Run("review", "dismiss", Unknown, "--reason", new string('y', 2001), "--history", Db);

        Assert.Equal(2, exit);
        Assert.Contains("the reason is 2,001 characters; at most 2,000 are kept", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OfA300MegabyteFile_IsRefusedUnread()
    {
        // Sparse: takes no disk, but its length is what a 300 MB reason would make.
        var path = Path.Combine(_dir.Path, "huge.json");
        await using (var f = new FileStream(path, FileMode.Create))
        {
            f.Write(Encoding.UTF8.GetBytes($"{{\"decisions\": [{{\"fingerprint\": \"{Unknown}\", \"decision\": \"dismissed\", \"reason\": \""));
            f.SetLength(300L * 1024 * 1024);
        }

        var (exit, _, stderr) = await CliRunner.Run("review", "import", path, "--history", Db);

        Assert.Equal(2, exit);
        Assert.Contains($"{path}: over 16 MB", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FromAPipe_StopsSoonAfter16Megabytes()
    {
        var prefix = Encoding.UTF8.GetBytes($"{{\"decisions\": [{{\"fingerprint\": \"{Unknown}\", \"decision\": \"dismissed\", \"reason\": \"");
        using var pipe = new EndlessReason(prefix, 300L * 1024 * 1024);

        var ex = Assert.Throws<HistoryException>(() => ReviewDecisionsFile.Read("pipe", pipe, "ana", DateTimeOffset.UnixEpoch));

        Assert.StartsWith("pipe: over 16 MB", ex.Message, StringComparison.Ordinal);
        Assert.InRange(pipe.Served, ReviewDecisionsFile.MaxBytes, ReviewDecisionsFile.MaxBytes + (1024 * 1024));
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>A non-seekable stream: a JSON prefix, then 'x' up to a length; counts what was read.</summary>
    private sealed class EndlessReason(byte[] prefix, long length) : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            for (var i = 0; i < n; i++)
            {
                var at = Served + i;
                buffer[offset + i] = at < prefix.Length ? prefix[at] : (byte)'x';
            }

            Served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
