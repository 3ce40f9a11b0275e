using Translation.Quality.Config;
using Translation.Quality.Yaml;

namespace Translation.Quality.Tests.Config;

public sealed class NightlyConfigTests
{
    private static (PipelineOptions Options, IReadOnlyList<ConfigError> Errors) Read(string yaml)
    {
        var errors = new ConfigErrors();
        var options = PipelineOptionsReader.Read("pipeline.yaml", yaml, errors);
        return (options, errors.All);
    }

    [Fact]
    public void FeedsAndHistory_AreRead()
    {
        var (options, errors) = Read("""
            thresholds: { maxFailingShare: 0.3 }
            history: { path: state/h.db, batchSize: 10, batchSeconds: 0.5 }
            feeds:
              - name: agency-fr
                path: feeds/fr.jsonl
                sourceLanguage: FR
                targetLanguage: en
                thresholds: { maxCritical: 2 }
              - name: desk
                path: txt
            """);

        Assert.Empty(errors);
        Assert.Equal("state/h.db", options.History.Path);
        Assert.Equal(10, options.History.BatchSize);
        Assert.Equal(2, options.Feeds.Count);
        Assert.Equal("fr", options.Feeds[0].SourceLanguage);
        Assert.Equal(2, options.Feeds[0].Thresholds.MaxCritical);
        Assert.Equal(0.3, options.Feeds[0].Thresholds.MaxFailingShare);
        Assert.Equal(0.3, options.Feeds[1].Thresholds.MaxFailingShare);
        Assert.Equal(4, options.Feeds[0].Line);
    }

    [Fact]
    public void Defaults_WhenTheSectionsAreAbsent()
    {
        var (options, errors) = Read("parallelism: 1\n");

        Assert.Empty(errors);
        Assert.Equal(".tqa/history.db", options.History.Path);
        Assert.Empty(options.Feeds);
    }

    [Theory]
    [InlineData("feeds:\n  - name: a\n    path: x\n    treshold: 3\n", 4, 5, "unknown key 'treshold' in a feed")]
    [InlineData("feeds:\n  - name: a\n", 2, 5, "missing required key 'path'")]
    [InlineData("feeds:\n  - name: a\n    path: x\n  - name: A\n    path: y\n", 4, 11, "feed name 'A' is used twice")]
    [InlineData("feeds:\n  - name: a b\n    path: x\n", 2, 11, "feed name 'a b' must be letters")]
    [InlineData("feeds:\n  - name: a\n    path: x\n    thresholds: { maxFailingShare: 2 }\n", 4, 36, "'maxFailingShare' must be between 0 and 1")]
    [InlineData("feeds:\n  - name: a\n    path: [x]\n", 3, 11, "'path' must be a text value, not a list")]
    [InlineData("feeds:\n  - name: a\n    path: x\n    sourceLanguage: french\n", 4, 21, "'sourceLanguage' must be a language code")]
    [InlineData("feeds: wire.jsonl\n", 1, 8, "'feeds' must be a list")]
    [InlineData("feeds:\n  - wire.jsonl\n", 2, 5, "a feed must be a mapping")]
    [InlineData("history: { path: h.db, size: 3 }\n", 1, 24, "unknown key 'size' in 'history'")]
    [InlineData("history: { batchSize: 0 }\n", 1, 23, "'batchSize' must be between 1 and 100000")]
    [InlineData("history: .tqa/h.db\n", 1, 10, "'history' must be a mapping")]
    public void Mistakes_AreReportedAtTheirLineAndColumn(string yaml, int line, int column, string message)
    {
        var (_, errors) = Read(yaml);

        var error = Assert.Single(errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedPipeline_DeclaresTheSampleFeeds()
    {
        var loaded = new ConfigLoader().Load(Path.Combine(Support.RepoPaths.Config, "pipeline.yaml"));

        Assert.Equal(["sample-txt", "sample-jsonl", "sample-xliff"], loaded.Options.Feeds.Select(f => f.Name));
        foreach (var feed in loaded.Options.Feeds)
        {
            var path = Quality.Nightly.ConfigPaths.Resolve(loaded.Options, feed.Path);
            Assert.True(File.Exists(path) || Directory.Exists(path), path);
        }
    }
}
