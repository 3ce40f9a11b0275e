using Translation.Quality.Yaml;

namespace Translation.Quality.Config;

/// <summary>
/// The built-in pipeline: the embedded config/pipeline.yaml, less what names files beside that
/// file (its feeds, its rule folder, its history and reports folders). Those keys take defaults
/// relative to the folder tqa runs in, so the built-in pipeline works from any folder, and a
/// user's pipeline.yaml overlays it key by key.
/// </summary>
public static class BuiltinPipeline
{
    public const string Name = "(built-in) pipeline.yaml";

    private static readonly Lazy<PipelineOptions> Loaded = new(Load);

    public static PipelineOptions Options => Loaded.Value;

    private static PipelineOptions Load()
    {
        var errors = new ConfigErrors();
        var read = PipelineOptionsReader.Read(Name, EmbeddedConfig.PipelineYaml, errors);
        errors.ThrowIfAny();
        var plain = new PipelineOptions();
        return read with
        {
            Rules = read.Rules with { Paths = [] },
            Reports = read.Reports with { Out = plain.Reports.Out },
            History = read.History with { Path = plain.History.Path },
            Translator = read.Translator with { Cache = read.Translator.Cache with { Path = plain.Translator.Cache.Path } },
            Feeds = [],
            Origins = new Dictionary<string, string>(StringComparer.Ordinal),
        };
    }
}
