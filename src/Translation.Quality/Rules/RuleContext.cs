using Translation.Quality.Documents;
using Translation.Quality.Text;

namespace Translation.Quality.Rules;

/// <summary>What a rule sees of one article, and where it reports. One context per article and rule run.</summary>
public sealed class RuleContext
{
    private readonly List<Finding> _findings;

    public RuleContext(AnalyzedText analysis, List<Finding> findings)
    {
        Analysis = analysis;
        _findings = findings;
    }

    public AnalyzedText Analysis { get; }

    public string Text => Analysis.Text;

    public Article Article => Analysis.Article;

    /// <summary>The rule currently running; set by the checker before each rule.</summary>
    public IRule? CurrentRule { get; set; }

    /// <summary>Reports a finding for the current rule over [start, end).</summary>
    public void Report(int start, int end, string? message = null, string? suggestion = null)
    {
        var rule = CurrentRule ?? throw new InvalidOperationException("No rule is running.");
        var text = Text;
        if (start < 0 || end > text.Length || end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Rule {rule.Info.Id} reported an invalid span [{start}, {end}) in a text of {text.Length} characters.");
        }

        var sentenceIndex = Analysis.Sentences.Length == 0 ? -1 : Analysis.SentenceAt(start);
        var (sStart, sEnd) = sentenceIndex < 0 ? (start, end) : (Math.Min(start, Analysis.Sentences[sentenceIndex].Start), Math.Max(end, Analysis.Sentences[sentenceIndex].End));
        var flagged = text.Substring(start, end - start);
        var sentence = text.AsSpan(sStart, sEnd - sStart);

        // Same rule, same words, same sentence, earlier: a repeated finding gets its own fingerprint.
        var occurrence = 0;
        foreach (var f in _findings)
        {
            if (f.Rule == rule.Info.Id && f.Start >= sStart && f.End <= sEnd && f.Text == flagged)
            {
                occurrence++;
            }
        }

        _findings.Add(new Finding
        {
            Rule = rule.Info.Id,
            Class = rule.Info.Class,
            Category = rule.Info.Category,
            Severity = rule.Info.Severity,
            Start = start,
            End = end,
            Text = flagged,
            Sentence = sentence.ToString(),
            Message = message ?? rule.Info.Message,
            Suggestion = suggestion ?? rule.Info.Suggestion,
            Fingerprint = Fingerprint.Compute(rule.Info.Id, flagged, sentence, occurrence),
        });
    }
}
