using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Config;

/// <summary>Reads the <c>history:</c> and <c>feeds:</c> sections of pipeline.yaml.</summary>
public static partial class NightlyOptionsReader
{
    public static HistoryOptions ReadHistory(YamlMap? map, HistoryOptions? defaults = null)
    {
        defaults ??= new HistoryOptions();
        if (map is null)
        {
            return defaults;
        }

        var path = map.String("path");
        if (path is { Length: 0 })
        {
            map.Error(map.Find("path")!, "'path' must not be empty");
        }

        var options = new HistoryOptions
        {
            Path = string.IsNullOrEmpty(path) ? defaults.Path : path,
            BatchSize = map.Int("batchSize", 1, 100_000) ?? defaults.BatchSize,
            BatchSeconds = map.Double("batchSeconds", 0.01, 3600) ?? defaults.BatchSeconds,
        };
        map.RejectUnknownKeys("'history'");
        return options;
    }

    /// <param name="defaults">The pipeline's own thresholds, which a feed inherits unless it sets its own.</param>
    public static IReadOnlyList<FeedOptions> ReadFeeds(YamlMap root, ThresholdOptions defaults)
    {
        var sequence = root.Sequence("feeds");
        if (sequence is null)
        {
            return [];
        }

        var feeds = new List<FeedOptions>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in sequence.Children)
        {
            var map = root.Wrap(item, "a feed");
            if (map is null)
            {
                continue;
            }

            var name = map.String("name", required: true);
            var path = map.String("path", required: true);
            var source = map.String("sourceLanguage");
            var target = map.String("targetLanguage");
            var thresholds = ReadThresholds(map.Map("thresholds"), defaults);
            map.RejectUnknownKeys("a feed");
            if (name is not null && !FeedName().IsMatch(name))
            {
                map.Error(map.Find("name")!, $"feed name '{name}' must be letters, digits, '.', '_' or '-' (it names the feed's history and report rows)");
                continue;
            }

            if (name is not null && !names.Add(name))
            {
                map.Error(map.Find("name")!, $"feed name '{name}' is used twice; each feed needs its own name");
                continue;
            }

            foreach (var (key, value) in new[] { ("sourceLanguage", source), ("targetLanguage", target) })
            {
                if (value is not null && !LanguageCode().IsMatch(value))
                {
                    map.Error(map.Find(key)!, $"'{key}' must be a language code such as fr or en, not '{value}'");
                }
            }

            if (name is null || string.IsNullOrEmpty(path))
            {
                if (path is { Length: 0 })
                {
                    map.Error(map.Find("path")!, "'path' must not be empty");
                }

                continue;
            }

            feeds.Add(new FeedOptions
            {
                Name = name,
                Path = path,
                SourceLanguage = source?.ToLowerInvariant(),
                TargetLanguage = target?.ToLowerInvariant(),
                Thresholds = thresholds,
                Line = (int)item.Start.Line,
                Column = (int)item.Start.Column,
            });
        }

        return feeds;
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
        map.RejectUnknownKeys("a feed's 'thresholds'");
        return options;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex FeedName();

    [GeneratedRegex(@"^[A-Za-z]{2,3}$")]
    private static partial Regex LanguageCode();
}
