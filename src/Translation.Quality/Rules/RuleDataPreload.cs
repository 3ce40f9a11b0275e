namespace Translation.Quality.Rules;

/// <summary>
/// Loads the rules' shared data side by side on the thread pool when a run starts. Without it the
/// first article loads each lexicon and model in turn on one thread (most of a short run's time);
/// with it they load on every core while the input is read. A load that fails here fails again, the
/// same way, where the rule first uses it, and is reported there as it always was.
/// </summary>
internal static class RuleDataPreload
{
    /// <summary>What <paramref name="rules"/> load on first use, each once; the shipped tagger first when a rule needs it and <paramref name="shippedTagger"/> is the one in use.</summary>
    public static IReadOnlyList<RuleData> For(IEnumerable<IRule> rules, bool shippedTagger)
    {
        var all = rules.ToList();
        var tagger = shippedTagger && all.Any(r => r.NeedsTagger) ? [RuleData.Tagger] : Array.Empty<RuleData>();
        return [.. tagger.Concat(all.SelectMany(r => r.Data)).DistinctBy(d => d.Key, StringComparer.Ordinal)];
    }

    /// <summary>Starts every load and returns at once; a value already loaded costs nothing.</summary>
    public static void Start(IReadOnlyList<RuleData> data)
    {
        foreach (var item in data)
        {
            _ = Task.Run(() => Load(item));
        }
    }

    private static void Load(RuleData item)
    {
        try
        {
            item.Load();
        }
#pragma warning disable CA1031 // Any failure resurfaces, the same, at the rule's own first use.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
