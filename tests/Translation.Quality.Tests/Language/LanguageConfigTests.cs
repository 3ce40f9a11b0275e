using Translation.Quality.Config;
using Translation.Quality.Yaml;

namespace Translation.Quality.Tests.Language;

public sealed class LanguageConfigTests
{
    [Fact]
    public void An_unknown_language_code_is_a_config_error_with_its_line()
    {
        var errors = new ConfigErrors();
        PipelineOptionsReader.Read("pipeline.yaml", "parallelism: 1\nlanguages: [en, xx]\n", errors);

        var error = Assert.Single(errors.All);
        Assert.Equal(2, error.Line);
        Assert.Contains("'xx'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_languages_are_valid()
    {
        var errors = new ConfigErrors();
        var options = PipelineOptionsReader.Read("(built-in) pipeline.yaml", EmbeddedConfig.PipelineYaml, errors);
        Assert.Equal(0, errors.Count);
        Assert.Equal(["en", "fr", "es", "de"], options.Languages);
    }
}
