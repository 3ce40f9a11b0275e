using System.Globalization;

namespace Translation.Quality.Config;

/// <summary>One effective setting: its dotted key, its value as tqa uses it, and where it came from.</summary>
public sealed record EffectiveSetting(string Key, string Value, string Origin);

/// <summary>
/// The configuration a run would use, key by key, each with the file, line and column that set it
/// or "built-in default": what <c>tqa config show</c> prints, so no default is a surprise.
/// </summary>
public static class EffectiveConfig
{
    public const string BuiltinOrigin = "built-in default";

    public static IReadOnlyList<EffectiveSetting> Describe(LoadedConfiguration loaded)
    {
        var o = loaded.Options;
        var rows = new List<EffectiveSetting>();
        void Add(string key, string value) => rows.Add(new EffectiveSetting(key, value, OriginOf(o, key)));
        string List(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";
        string N(double d) => d.ToString("0.###", CultureInfo.InvariantCulture);
        string I(long i) => i.ToString(CultureInfo.InvariantCulture);

        Add("stages", List(o.Stages));
        Add("rules.builtin", o.Rules.Builtin ? "true" : "false");
        Add("rules.paths", List(o.Rules.Paths));
        Add("rules.disable", List(o.Rules.Disable));
        rows.Add(new EffectiveSetting("rules (loaded packs)", List(loaded.Rules.Packs.Select(p => $"{p.Name} ({p.Rules.Count})")), "rules.builtin, rules.paths"));
        foreach (var (severity, weight) in o.Scoring.Weights.OrderBy(kv => kv.Key))
        {
            Add("scoring.weights." + severity.ToString().ToLowerInvariant(), N(weight));
        }

        Add("scoring.maxPenaltyPer1000Words", N(o.Scoring.MaxPenaltyPer1000Words));
        Add("thresholds.maxFailingShare", N(o.Thresholds.MaxFailingShare));
        Add("thresholds.maxCritical", o.Thresholds.MaxCritical == int.MaxValue ? "no limit" : I(o.Thresholds.MaxCritical));
        Add("reports.formats", List(o.Reports.Formats));
        Add("reports.out", Path.GetFullPath(o.Reports.Out));
        Add("parallelism", o.Parallelism == 0 ? $"0 (one per core: {Environment.ProcessorCount})" : I(o.Parallelism));
        Add("languages", List(o.Languages));
        Add("history.path", Path.GetFullPath(o.History.Path));
        Add("history.batchSize", I(o.History.BatchSize));
        Add("history.batchSeconds", N(o.History.BatchSeconds));
        Add("translator.required", o.Translator.Required ? "true" : "false");
        Add("translator.scope", o.Translator.Scope.ToString().ToLowerInvariant());
        Add("translator.cache.enabled", o.Translator.Cache.Enabled ? "true" : "false");
        Add("translator.cache.path", Path.GetFullPath(o.Translator.Cache.Path));
        for (var i = 0; i < o.Feeds.Count; i++)
        {
            var f = o.Feeds[i];
            var key = string.Create(CultureInfo.InvariantCulture, $"feeds[{i}]");
            Add(key + ".name", f.Name);
            Add(key + ".path", Path.GetFullPath(f.Path));
            Add(key + ".thresholds.maxFailingShare", N(f.Thresholds.MaxFailingShare));
            Add(key + ".thresholds.maxCritical", f.Thresholds.MaxCritical == int.MaxValue ? "no limit" : I(f.Thresholds.MaxCritical));
        }

        return rows;
    }

    /// <summary>The file position that set the key; a feed's threshold it leaves out comes from the pipeline's own.</summary>
    private static string OriginOf(PipelineOptions options, string key)
    {
        if (options.Origins.TryGetValue(key, out var at))
        {
            return at;
        }

        var threshold = key.IndexOf("].thresholds.", StringComparison.Ordinal);
        if (key.StartsWith("feeds[", StringComparison.Ordinal) && threshold > 0)
        {
            return OriginOf(options, key[(threshold + 2)..]) is var inherited && inherited == BuiltinOrigin ? BuiltinOrigin : "from " + key[(threshold + 2)..];
        }

        return BuiltinOrigin;
    }
}
