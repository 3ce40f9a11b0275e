namespace Translation.Quality.Lexicon;

/// <summary>One word of a lexicon file: its lower-case key, what is known of it and its frequency band (0–7).</summary>
public readonly record struct LexiconEntry(string Word, WordFlags Flags, byte Band);
