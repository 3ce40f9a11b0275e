using Translation.Quality.Documents;
using Translation.Quality.Yaml;

namespace Translation.Quality.Config;

/// <summary>Reads and validates <c>pipeline.yaml</c>.</summary>
public static class PipelineOptionsReader
{
    /// <param name="defaults">
    /// What a key the file leaves out takes, key by key (a file with only <c>thresholds:
    /// {maxFailingShare: 0.9}</c> keeps every other threshold); null: the record's own defaults.
    /// </param>
    public static PipelineOptions Read(string displayName, string content, ConfigErrors errors, PipelineOptions? defaults = null)
    {
        defaults ??= new PipelineOptions();
        var root = YamlDocumentLoader.Load(displayName, content, errors);
        if (root is null)
        {
            return defaults with { File = displayName };
        }

        var stages = root.StringList("stages") ?? defaults.Stages;
        ValidateStages(root, stages);

        var rules = ReadRules(root.Map("rules"), defaults.Rules);
        var scoring = ReadScoring(root.Map("scoring"), defaults.Scoring);
        var thresholds = ReadThresholds(root.Map("thresholds"), defaults.Thresholds);
        var reports = ReadReports(root.Map("reports"), defaults.Reports);
        var parallelism = root.Int("parallelism", 0, 256) ?? defaults.Parallelism;
        var languages = root.StringList("languages") ?? defaults.Languages;
        ValidateLanguages(root, languages);
        var translator = root.Has("translator") ? TranslatorOptionsReader.Read(root.Map("translator")) : defaults.Translator;
        var history = NightlyOptionsReader.ReadHistory(root.Map("history"), defaults.History);
        var feeds = NightlyOptionsReader.ReadFeeds(root, thresholds);
        root.RejectUnknownKeys("pipeline.yaml");

        return new PipelineOptions
        {
            File = displayName,
            Stages = stages,
            Rules = rules,
            Scoring = scoring,
            Thresholds = thresholds,
            Reports = reports,
            Parallelism = parallelism,
            Languages = languages,
            Translator = translator,
            History = history,
            Feeds = feeds,
            Origins = ConfigOrigins.Collect(root),
        };
    }

    private static void ValidateLanguages(YamlMap root, IReadOnlyList<string> languages)
    {
        var node = root.Find("languages") ?? root.Node;
        if (languages.Count == 0)
        {
            root.Error(node, "'languages' must list at least one ISO 639-1 code, e.g. [en, fr]");
        }

        foreach (var language in languages.Where(l => !Language.LinguaDetector.IsSupported(l)))
        {
            root.Error(node, $"unknown language '{language}' in 'languages'; expected ISO 639-1 codes the language identifier knows (en, fr, es, de, it, pt, ...)");
        }
    }

    private static void ValidateStages(YamlMap root, IReadOnlyList<string> stages)
    {
        var node = root.Find("stages");
        var last = -1;
        foreach (var stage in stages)
        {
            var index = PipelineOptions.KnownStages.ToList().IndexOf(stage);
            if (index < 0)
            {
                root.Error(node ?? root.Node, $"unknown stage '{stage}'; expected some of, in this order: {string.Join(", ", PipelineOptions.KnownStages)}");
            }
            else if (index <= last)
            {
                root.Error(node ?? root.Node, $"stage '{stage}' is out of order; stages run in this order: {string.Join(", ", PipelineOptions.KnownStages)}");
            }
            else
            {
                last = index;
            }
        }

        foreach (var required in new[] { "ingest", "segment", "report" })
        {
            if (!stages.Contains(required))
            {
                root.Error(node ?? root.Node, $"the stage '{required}' cannot be left out");
            }
        }
    }

    private static RuleOptions ReadRules(YamlMap? map, RuleOptions defaults)
    {
        if (map is null)
        {
            return defaults;
        }

        var options = new RuleOptions
        {
            Paths = map.StringList("paths") ?? defaults.Paths,
            Builtin = map.Bool("builtin") ?? defaults.Builtin,
            Disable = map.StringList("disable") ?? defaults.Disable,
        };
        map.RejectUnknownKeys("'rules'");
        return options;
    }

    private static ScoringOptions ReadScoring(YamlMap? map, ScoringOptions defaults)
    {
        if (map is null)
        {
            return defaults;
        }

        var weights = new Dictionary<Severity, double>(defaults.Weights);
        var w = map.Map("weights");
        if (w is not null)
        {
            foreach (var severity in Enum.GetValues<Severity>())
            {
                var value = w.Double(severity.ToString().ToLowerInvariant(), 0, 1000);
                if (value is not null)
                {
                    weights[severity] = value.Value;
                }
            }

            w.RejectUnknownKeys("'scoring.weights'");
        }

        var options = new ScoringOptions
        {
            Weights = weights,
            MaxPenaltyPer1000Words = map.Double("maxPenaltyPer1000Words", 0, 1_000_000) ?? defaults.MaxPenaltyPer1000Words,
        };
        map.RejectUnknownKeys("'scoring'");
        return options;
    }

    private static ThresholdOptions ReadThresholds(YamlMap? map, ThresholdOptions defaults)
    {
        if (map is null)
        {
            return defaults;
        }

        var options = new ThresholdOptions
        {
            MaxFailingShare = map.Double("maxFailingShare", 0, 1) ?? defaults.MaxFailingShare,
            MaxCritical = map.Int("maxCritical", 0) ?? defaults.MaxCritical,
        };
        map.RejectUnknownKeys("'thresholds'");
        return options;
    }

    private static ReportOptions ReadReports(YamlMap? map, ReportOptions defaults)
    {
        if (map is null)
        {
            return defaults;
        }

        var formats = map.StringList("formats") ?? defaults.Formats;
        foreach (var f in formats.Where(f => !ReportOptions.KnownFormats.Contains(f)))
        {
            map.Error(map.Find("formats")!, $"unknown report format '{f}'; expected some of: {string.Join(", ", ReportOptions.KnownFormats)}");
        }

        var options = new ReportOptions { Formats = formats, Out = map.String("out") ?? defaults.Out };
        map.RejectUnknownKeys("'reports'");
        return options;
    }
}
