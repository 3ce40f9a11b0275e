using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: untranslated</c> — a clause of three or more words left in the source language
/// ("…by the end of the year, wie das Unternehmen mitteilte."), found by the language
/// identifier's foreign-run search (function-word and letter cues, confirmed by Lingua).
/// <c>languages</c> lists the languages to look for (default: the article's source language);
/// <c>minConfidence</c> raises the detector confidence a run needs. <c>{language}</c> in the
/// message stands for the language's English name. Silent without a language identifier.
/// </summary>
internal sealed class UntranslatedRule : IRule
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fr"] = "French",
        ["es"] = "Spanish",
        ["de"] = "German",
        ["it"] = "Italian",
        ["pt"] = "Portuguese",
        ["nl"] = "Dutch",
        ["en"] = "English",
    };

    private readonly IReadOnlyList<string>? _languages;
    private readonly double _minConfidence;

    private UntranslatedRule(RuleInfo info, IReadOnlyList<string>? languages, double minConfidence)
    {
        Info = info;
        _languages = languages;
        _minConfidence = minConfidence;
    }

    public RuleInfo Info { get; }

    public bool NeedsLanguageIdentifier => true;

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        if (!analysis.HasLanguageIdentifier)
        {
            return;
        }

        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            foreach (var run in analysis.ForeignRunsOf(s, _languages))
            {
                if (run.Confidence < _minConfidence)
                {
                    continue;
                }

                var name = Names.GetValueOrDefault(run.Language, run.Language);
                context.Report(run.Start, run.End, Info.Message.Replace("{language}", name, StringComparison.Ordinal));
            }
        }
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "untranslated";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            UntranslatedOptions.Read(parameters) is { } options ? new UntranslatedRule(info, options.Languages, options.MinConfidence) : null;
    }
}
