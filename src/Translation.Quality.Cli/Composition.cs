using System.Collections.Concurrent;
using Translation.Quality.Config;
using Translation.Quality.Language;
using Translation.Quality.Pipeline;
using Translation.Quality.Pipeline.Stages;
using Translation.Quality.Reports;
using Translation.Quality.Reports.Html;
using Translation.Quality.Results;
using Translation.Quality.Scoring;
using Translation.Quality.Tagging;
using Translation.Quality.Text;
using Translation.Quality.Translator;

namespace Translation.Quality.Cli;

/// <summary>Wires stages and reports from configuration: the one place that knows every concrete type.</summary>
public static class Composition
{
    private static readonly ConcurrentDictionary<string, ILanguageIdentifier> Identifiers = new(StringComparer.Ordinal);

    /// <summary>The built-in tagger, loaded on first use; tests may swap it.</summary>
    public static IPosTagger? Tagger { get; set; } = new LazyTagger();

    /// <summary>Replaces the configured language identifier (tests); null: Lingua over pipeline.yaml's languages.</summary>
    public static ILanguageIdentifier? LanguageIdentifier { get; set; }

    /// <summary>
    /// The language identifier for a run: <see cref="LanguageIdentifier"/> when set, else Lingua limited to
    /// the configured languages, one per language set (its models load on first use and stay loaded).
    /// </summary>
    public static ILanguageIdentifier LanguageIdentifierFor(IReadOnlyList<string> languages) =>
        LanguageIdentifier ?? Identifiers.GetOrAdd(string.Join(',', languages.Select(l => l.ToLowerInvariant()).Order(StringComparer.Ordinal)), _ => new LinguaLanguageIdentifier(languages));

    /// <param name="translator">The Translator for the verify stage; without it, verify is left out.</param>
    public static IReadOnlyList<IArticleStage> BuildStages(LoadedConfiguration config, TranslatorRuntime? translator = null)
    {
        var stages = new List<IArticleStage>();
        foreach (var name in config.Options.Stages)
        {
            switch (name)
            {
                case "normalise":
                    stages.Add(new NormaliseStage());
                    break;
                case "segment":
                    stages.Add(new SegmentStage(Tagger, LanguageIdentifierFor(config.Options.Languages)));
                    break;
                case "check":
                    stages.Add(new CheckStage(config.Rules));
                    break;
                // Only commands that pay for verification pass a runtime (check does; eval does not).
                case "verify" when translator is not null:
                    stages.Add(new VerifyStage(translator.Service, config.Options.Translator));
                    break;
                case "score":
                    stages.Add(new ScoreStage(new MqmScorer(config.Options.Scoring)));
                    break;
            }
        }

        return stages;
    }

    /// <param name="html">What the HTML report adds (trend, Translator figures); null for none.</param>
    public static IReadOnlyList<IReportWriter> BuildReports(IEnumerable<string> formats, string outDir, DateTimeOffset now, HtmlReportOptions? html = null)
    {
        var writers = new List<IReportWriter>();
        foreach (var format in formats.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            writers.Add(format.ToLowerInvariant() switch
            {
                "json" => new JsonReportWriter(outDir, ToolVersion, now),
                "md" => new MarkdownReportWriter(outDir),
                "html" => new HtmlReportWriter(outDir, ToolVersion, now, html),
                "junit" => new JUnitReportWriter(outDir, ToolVersion, now),
                _ => throw new UsageException($"unknown report format '{format}'; expected some of: {string.Join(", ", ReportOptions.KnownFormats)}"),
            });
        }

        return writers;
    }

    /// <summary>The stages with verify added between check and score (for <c>--translator</c>).</summary>
    public static IReadOnlyList<string> WithVerify(IReadOnlyList<string> stages)
    {
        if (stages.Contains("verify"))
        {
            return stages;
        }

        var order = PipelineOptions.KnownStages.ToList();
        var verify = order.IndexOf("verify");
        var list = stages.ToList();
        var at = list.FindIndex(s => order.IndexOf(s) > verify);
        list.Insert(at < 0 ? list.Count : at, "verify");
        return list;
    }

    public static string ToolVersion => typeof(Composition).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
