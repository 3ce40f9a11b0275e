namespace Translation.Quality.Yaml;

/// <summary>A mistake in a configuration file, with where it is and what was expected.</summary>
public sealed record ConfigError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: error TQ101: {Message}";
}
