using System.Text.RegularExpressions;
using Translation.Quality.Alignment;
using Translation.Quality.Documents;
using Translation.Quality.Text;

namespace Translation.Quality.Rules;

/// <summary>
/// Runs rules over an analysed article. A rule that throws or times out becomes a diagnostic for
/// that article and rule; the other rules still run.
/// </summary>
public static class RuleChecker
{
    /// <summary>Runs a timed-out rule once more; a pattern that really backtracks times out again.</summary>
    private static bool RetryOnce(IRule rule, RuleContext context, List<Finding> findings, int before)
    {
        findings.RemoveRange(before, findings.Count - before);
        context.CurrentRule = rule;
        try
        {
            rule.Check(context);
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <param name="quoteText">The article as read when <paramref name="analysis"/> is of a normalised copy; see <see cref="RuleContext"/>.</param>
    /// <param name="timedOut">Told of each rule that timed out (twice) on this article.</param>
    /// <param name="bilingual">The aligned source, for the bilingual rules; null for a monolingual article.</param>
    public static void Run(AnalyzedText analysis, IReadOnlyList<IRule> rules, List<Finding> findings, List<Diagnostic> diagnostics, CancellationToken cancellationToken = default, string? quoteText = null, Action<IRule>? timedOut = null, BilingualText? bilingual = null) =>
        Run(new RuleContext(analysis, findings, quoteText) { Bilingual = bilingual }, rules, findings, diagnostics, cancellationToken, timedOut);

    /// <summary>Runs the rules in a context made by the caller (the verify stage's carries the fresh translations).</summary>
    internal static void Run(RuleContext context, IReadOnlyList<IRule> rules, List<Finding> findings, List<Diagnostic> diagnostics, CancellationToken cancellationToken = default, Action<IRule>? timedOut = null)
    {
        foreach (var rule in rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.CurrentRule = rule;
            var before = findings.Count;
            try
            {
                rule.Check(context);
            }
            catch (RegexMatchTimeoutException) when (RetryOnce(rule, context, findings, before))
            {
                // A busy machine can stall a match past its timeout; the second try succeeded.
            }
            catch (RegexMatchTimeoutException)
            {
                findings.RemoveRange(before, findings.Count - before);
                diagnostics.Add(new Diagnostic("TQ301", "check", $"rule {rule.Info.Id} ({rule.Info.File}:{rule.Info.Line}) timed out on this article; its pattern backtracks too much. The other rules ran."));
                timedOut?.Invoke(rule);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                findings.RemoveRange(before, findings.Count - before);
                diagnostics.Add(new Diagnostic("TQ302", "check", $"rule {rule.Info.Id} ({rule.Info.File}:{rule.Info.Line}) failed: {ex.GetType().Name}: {ex.Message}. The other rules ran."));
            }
        }

        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? a.End.CompareTo(b.End) : string.CompareOrdinal(a.Rule, b.Rule));
    }
}
