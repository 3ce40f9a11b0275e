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
        DropEchoes(findings);
    }

    /// <summary>
    /// A monolingual finding on exactly the span and MQM category of a bilingual one says the same thing with less:
    /// an unclosed quote the markup check ties to the source's closed one. The editor reads it once, with the source.
    /// </summary>
    private static void DropEchoes(List<Finding> findings)
    {
        for (var i = findings.Count - 1; i >= 0; i--)
        {
            if (findings[i].Source is null && HasBilingualTwin(findings, i))
            {
                findings.RemoveAt(i);
            }
        }
    }

    /// <summary>Whether a finding sorted next to <paramref name="at"/> (same start) is a bilingual one on its span and category.</summary>
    private static bool HasBilingualTwin(List<Finding> findings, int at)
    {
        var f = findings[at];
        for (var j = at - 1; j >= 0 && findings[j].Start == f.Start; j--)
        {
            if (Echoes(findings[j], f))
            {
                return true;
            }
        }

        for (var j = at + 1; j < findings.Count && findings[j].Start == f.Start; j++)
        {
            if (Echoes(findings[j], f))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Echoes(Finding bilingual, Finding plain) =>
        bilingual.Source is not null && bilingual.End == plain.End && string.Equals(bilingual.Category, plain.Category, StringComparison.Ordinal);
}
