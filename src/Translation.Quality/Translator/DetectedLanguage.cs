namespace Translation.Quality.Translator;

/// <summary>A detected language and the service's confidence in [0, 1].</summary>
public sealed record DetectedLanguage(string Language, double Score);
