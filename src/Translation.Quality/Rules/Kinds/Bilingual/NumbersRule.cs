using Translation.Quality.Yaml;
using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// <c>kind: numbers</c> — every number, amount, date part and time of a source sentence has its
/// counterpart in the aligned translation, and the other way round, across locale forms
/// ("14.000" = "14,000", "3,7" = "3.7", "14h30" = "2:30 p.m.", "neun" = "nine"). A number the other
/// side has in a neighbouring sentence is forgiven: sentences are split and joined in translation.
/// <c>missing: false</c> stops the finding for a source number the translation leaves out.
/// </summary>
internal sealed class NumbersRule : IRule
{
    private readonly bool _missing;

    private NumbersRule(RuleInfo info, bool missing)
    {
        Info = info;
        _missing = missing;
    }

    public RuleInfo Info { get; }

    public bool NeedsSource => true;

    public void Check(RuleContext context)
    {
        var bilingual = context.Bilingual;
        if (bilingual is null)
        {
            return;
        }

        var source = bilingual.Source;
        var target = context.Text;
        foreach (var view in LinkView.All(context))
        {
            if (view.Target is not { } t || view.Source is not { } s || view.Untranslated)
            {
                continue;
            }

            var memo = BilingualMemo.Of(context);
            var inSource = memo.Numbers(context, source: true, s);
            var inTarget = memo.Numbers(context, source: false, t);
            if (inSource.Count == 0 && inTarget.Count == 0)
            {
                continue;
            }

            // Digits pair with digits first: "En double … 6-2" must not give the "2" of the score to "double".
            var used = new bool[inTarget.Count];
            var paired = new bool[inSource.Count];
            foreach (var digitsOnly in new[] { true, false })
            {
                for (var i = 0; i < inSource.Count; i++)
                {
                    var m = inSource[i];
                    if (paired[i] || (digitsOnly && !m.Digits))
                    {
                        continue;
                    }

                    var k = -1;
                    for (var j = 0; j < inTarget.Count && k < 0; j++)
                    {
                        if (!used[j] && (!digitsOnly || inTarget[j].Digits) && m.Agrees(inTarget[j]))
                        {
                            k = j;
                        }
                    }

                    if (k >= 0)
                    {
                        used[k] = true;
                        paired[i] = true;
                    }
                }
            }

            // Soft words ("dritten", "second") pair with a wrong number; a lone "1" may be "first", "top", "a".
            var unmatchedSource = inSource.Where((m, i) => !paired[i] && (!m.Soft || !m.Keys.Contains("n:1"))).ToList();

            // Words answer for numbers but are flagged only against one: "about ten" may render "une dizaine".
            var unmatchedTarget = inTarget.Where((m, j) => !used[j] && !m.Soft && m.Digits).ToList();
            var spareTarget = inTarget.Where((m, j) => !used[j] && !m.Digits).ToList();
            if (unmatchedSource.Count > unmatchedTarget.Count)
            {
                unmatchedTarget.AddRange(spareTarget.Take(unmatchedSource.Count - unmatchedTarget.Count));
                unmatchedTarget.Sort((a, b) => a.Start.CompareTo(b.Start));
            }

            if (unmatchedSource.Count == 0 && unmatchedTarget.Count == 0)
            {
                continue;
            }

            // Forgiven: what the neighbouring sentences of the other side have.
            var wideTarget = memo.Numbers(context, source: false, view.WideTarget!.Value);
            var wideSource = memo.Numbers(context, source: true, view.WideSource!.Value);
            unmatchedSource.RemoveAll(m => wideTarget.Any(w => (w.Start < t.Start || w.Start >= t.End) && m.Agrees(w)));
            unmatchedTarget.RemoveAll(m => wideSource.Any(w => (w.Start < s.Start || w.Start >= s.End) && m.Agrees(w)));

            // Words were taken in only to answer for a source number; with that number forgiven they say nothing.
            if (unmatchedTarget.Count > unmatchedSource.Count)
            {
                unmatchedTarget.RemoveAll(m => !m.Digits);
            }

            var pairs = Math.Min(unmatchedSource.Count, unmatchedTarget.Count);
            for (var i = 0; i < pairs; i++)
            {
                var (src, tgt) = (unmatchedSource[i], unmatchedTarget[i]);

                // Two soft words of which one is a vague amount ("centaines" / "quarter") are too weak a pair to flag;
                // ordinals ("second" / "dritten") are not.
                if (src.Soft && tgt.Soft && (Vague(src) || Vague(tgt) || (Collective(source, src) && Collective(target, tgt))))
                {
                    continue;
                }

                context.Report(tgt.Start, tgt.End, $"The source says '{source[src.Start..src.End]}'; the translation says '{target[tgt.Start..tgt.End]}'.",
                    Info.Suggestion, bilingual.SpanOf(new TextSpan(src.Start, src.End)));
            }

            foreach (var tgt in unmatchedTarget.Skip(pairs))
            {
                context.Report(tgt.Start, tgt.End, $"The translation says '{target[tgt.Start..tgt.End]}', a number its source sentence does not have.",
                    Info.Suggestion, bilingual.SpanOf(s));
            }

            // Quieter where the alignment is unsure: a number may sit in a sentence the aligner put elsewhere.
            if (_missing && !view.LowConfidence)
            {
                foreach (var src in unmatchedSource.Skip(pairs).Where(m => m.Digits && !m.Keys.Contains("n:1")))
                {
                    context.Report(t.Start, t.End, $"The source's '{source[src.Start..src.End]}' is missing from the translation.",
                        Info.Suggestion, bilingual.SpanOf(new TextSpan(src.Start, src.End)));
                }
            }
        }
    }

    /// <summary>A fraction or a round amount in words: "half", "quarter", "hundreds", "milliers".</summary>
    private static bool Vague(NumberMention m) =>
        m.Keys.Any(k => k.StartsWith("n:", StringComparison.Ordinal) && double.TryParse(k.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture, out var v) && (v < 1 || v >= 100));

    /// <summary>
    /// A collective amount ("dizaines", "decenas", "Dutzende", "dozen"): "plusieurs dizaines" is rightly "several dozen",
    /// so two of them never make a mismatch, whatever their nominal values.
    /// </summary>
    private static bool Collective(string text, NumberMention m) =>
        CollectiveWords.Contains(text[m.Start..m.End]);

    private static readonly System.Collections.Frozen.FrozenSet<string> CollectiveWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ("dozen dozens score scores dizaine dizaines douzaine douzaines quinzaine quinzaines vingtaine vingtaines trentaine trentaines " +
         "decena decenas docena docenas quincena quincenas veintena veintenas treintena treintenas Dutzend Dutzende Dutzenden").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    public sealed class Kind : IRuleKind
    {
        public string Name => "numbers";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new NumbersRule(info, parameters.Bool("missing") ?? true);
    }
}
