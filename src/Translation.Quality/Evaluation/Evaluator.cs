using Translation.Quality.Documents;
using Translation.Quality.Results;

namespace Translation.Quality.Evaluation;

/// <summary>
/// Scores findings against annotated defects. A finding is correct when it overlaps a defect of the
/// same class; a defect is detected when a correct finding overlaps it. Overlap, not exact match,
/// because annotators and rules may disagree by a word on where a garble starts.
/// </summary>
public static class Evaluator
{
    public static EvaluationReport Evaluate(IEnumerable<(GoldArticle Gold, ArticleResult Result)> results)
    {
        var classes = new Dictionary<string, (int Defects, int Detected, int Findings, int Correct)>(StringComparer.Ordinal);
        var rules = new Dictionary<string, (string Class, int Findings, int Correct)>(StringComparer.Ordinal);
        var types = new Dictionary<string, (int Defects, int Detected)>(StringComparer.Ordinal);
        var misses = new List<EvaluationMiss>();
        var falseAlarms = new List<EvaluationFalseAlarm>();
        var errors = new List<string>();
        int articles = 0, clean = 0, cleanFalseAlarms = 0;
        long words = 0, cleanWords = 0;

        foreach (var (gold, result) in results)
        {
            articles++;
            words += result.Words;
            if (gold.IsClean)
            {
                clean++;
                cleanWords += result.Words;
            }

            if (result.Status == ArticleStatus.Error)
            {
                errors.Add($"{gold.Article.Id}: {string.Join("; ", result.Diagnostics.Select(d => d.Message))}");
            }

            var text = gold.Article.Text;
            foreach (var defect in gold.Defects)
            {
                var c = classes.GetValueOrDefault(defect.Class);
                var detected = result.Findings.Any(f => f.Class == defect.Class && Overlaps(f, defect));
                classes[defect.Class] = c with { Defects = c.Defects + 1, Detected = c.Detected + (detected ? 1 : 0) };
                if (defect.Type is { } type)
                {
                    var key = defect.Class + "/" + type;
                    var t = types.GetValueOrDefault(key);
                    types[key] = (t.Defects + 1, t.Detected + (detected ? 1 : 0));
                }

                if (!detected)
                {
                    misses.Add(new EvaluationMiss(gold.Article.Id, defect.Class, defect.Start, defect.End, defect.Text, SentenceAround(text, defect.Start, defect.End)));
                }
            }

            foreach (var f in result.Findings)
            {
                var correct = gold.Defects.Any(d => d.Class == f.Class && Overlaps(f, d));
                var c = classes.GetValueOrDefault(f.Class);
                classes[f.Class] = c with { Findings = c.Findings + 1, Correct = c.Correct + (correct ? 1 : 0) };
                var r = rules.GetValueOrDefault(f.Rule, (Class: f.Class, Findings: 0, Correct: 0));
                rules[f.Rule] = (f.Class, r.Findings + 1, r.Correct + (correct ? 1 : 0));
                if (correct)
                {
                    continue;
                }

                if (gold.IsClean)
                {
                    cleanFalseAlarms++;
                }

                var other = gold.Defects.FirstOrDefault(d => Overlaps(f, d))?.Class;
                falseAlarms.Add(new EvaluationFalseAlarm(gold.Article.Id, f.Rule, f.Class, f.Start, f.End, f.Text, f.Sentence, f.Message, other));
            }
        }

        var byClass = classes.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => new ClassCounts(kv.Value.Defects, kv.Value.Detected, kv.Value.Findings, kv.Value.Correct), StringComparer.Ordinal);
        var overall = new ClassCounts(byClass.Values.Sum(c => c.Defects), byClass.Values.Sum(c => c.Detected), byClass.Values.Sum(c => c.Findings), byClass.Values.Sum(c => c.Correct));

        return new EvaluationReport
        {
            Articles = articles,
            CleanArticles = clean,
            Words = words,
            CleanWords = cleanWords,
            Overall = overall,
            ByClass = byClass,
            ByType = types.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => new TypeCounts(kv.Value.Defects, kv.Value.Detected), StringComparer.Ordinal),
            ByRule = rules.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => new RuleCounts(kv.Value.Class, kv.Value.Findings, kv.Value.Correct), StringComparer.Ordinal),
            CleanFalseAlarms = cleanFalseAlarms,
            Misses = misses,
            FalseAlarms = falseAlarms,
            Errors = errors,
        };
    }

    private static bool Overlaps(Finding f, GoldDefect d) => f.Start < d.End && d.Start < f.End;

    /// <summary>The line-and-sentence context of a span, for the list of misses.</summary>
    private static string SentenceAround(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && text[from - 1] != '\n' && !(from >= 2 && text[from - 1] == ' ' && text[from - 2] is '.' or '!' or '?'))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && text[to] != '\n' && !(text[to] is '.' or '!' or '?' && (to + 1 == text.Length || text[to + 1] == ' ')))
        {
            to++;
        }

        return text[from..Math.Min(text.Length, to + 1)].Trim();
    }
}
