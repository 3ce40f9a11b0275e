namespace Translation.Quality.Tests.Translator;

/// <summary>Tests that set the process's AZURE_TRANSLATOR_* variables run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TranslatorEnvironmentCollection
{
    public const string Name = "translator environment";
}
