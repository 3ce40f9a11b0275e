using Translation.Quality.History;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.History;

/// <summary>A run reads the dismissed fingerprints once and again only when the file changed: a decision is never missed.</summary>
public sealed class DismissedSetTests
{
    private static ReviewDecision Decision(string fingerprint, ReviewDecisionKind kind) =>
        new(fingerprint, kind, "invented for the test", "tester", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    [Fact]
    public void ADismissalByAnotherProcess_OrOnThisConnection_IsSeenByTheNextLookup()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "h.db");
        using var run = HistoryStore.Open(path);
        Assert.Empty(run.ReviewDecisions.Dismissed());

        // Another connection (a reviewer's `tqa review dismiss` while the run goes on).
        using (var reviewer = HistoryStore.Open(path))
        {
            reviewer.Decide(Decision("00000000000000aa", ReviewDecisionKind.Dismissed));
            reviewer.Decide(Decision("00000000000000bb", ReviewDecisionKind.Confirmed));
        }

        Assert.True(run.ReviewDecisions.IsDismissed("00000000000000aa"));
        Assert.False(run.ReviewDecisions.IsDismissed("00000000000000bb"));

        // This connection's own writes: data_version does not move for them, total_changes does.
        run.Decide(Decision("00000000000000aa", ReviewDecisionKind.Confirmed));
        run.Decide(Decision("00000000000000cc", ReviewDecisionKind.Dismissed));
        Assert.Equal(["00000000000000cc"], run.ReviewDecisions.Dismissed());
    }
}
