namespace Translation.Quality.Yaml;

/// <summary>Thrown once with every configuration error found, so the linguist fixes them in one go.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(IReadOnlyList<ConfigError> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ConfigError> Errors { get; }

    private static string Format(IReadOnlyList<ConfigError> errors) =>
        errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} configuration errors:\n" + string.Join('\n', errors);
}
