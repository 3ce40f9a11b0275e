namespace Translation.Quality.Translator;

/// <summary>A source sentence (or unit) and the wire text range it was translated into.</summary>
public sealed record AlignedSentence(string Source, int TargetStart, int TargetEnd);
