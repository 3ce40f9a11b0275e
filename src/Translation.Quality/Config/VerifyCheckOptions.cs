namespace Translation.Quality.Config;

/// <summary>What the verify stage checks, and where it draws its lines.</summary>
public sealed record VerifyCheckOptions
{
    /// <summary>Bilingual input: align each wire sentence word by word with a fresh translation of its source (added, omitted, misplaced, mistranslated words).</summary>
    public bool Spans { get; init; } = true;

    /// <summary>Bilingual input: compare each wire sentence with a fresh translation of its source.</summary>
    public bool Divergence { get; init; } = true;

    /// <summary>Flag a sentence whose chrF is under this share of the article's median...</summary>
    public double DivergenceRatio { get; init; } = 0.6;

    /// <summary>...and under this chrF (0–100), so a sentence that still matches well is left alone...</summary>
    public double DivergenceCeiling { get; init; } = 50;

    /// <summary>...or under this chrF whatever the article's norm (catches one-sentence articles).</summary>
    public double DivergenceFloor { get; init; } = 20;

    /// <summary>Omission and addition from length ratios.</summary>
    public bool Length { get; init; } = true;

    /// <summary>Wire sentence shorter than this share of the expected length: omission.</summary>
    public double OmissionRatio { get; init; } = 0.55;

    /// <summary>Wire sentence longer than this multiple of the expected length: addition.</summary>
    public double AdditionRatio { get; init; } = 1.8;

    /// <summary>Sentences whose expected length is under this many characters are too short to judge.</summary>
    public int MinLengthCharacters { get; init; } = 30;

    /// <summary>Ask the Translator about sentences the local language identifier is unsure of.</summary>
    public bool Language { get; init; } = true;

    /// <summary>Local confidence under this counts as unsure.</summary>
    public double LanguageConfidence { get; init; } = 0.5;

    /// <summary>The Translator's detection must be at least this sure to flag a sentence as untranslated.</summary>
    public double DetectionScore { get; init; } = 0.8;

    /// <summary>Confirm or dismiss false-friend and calque findings with a dictionary look-up.</summary>
    public bool Dictionary { get; init; } = true;

    /// <summary>A dictionary translation at or above this confidence that matches the flagged word dismisses the finding.</summary>
    public double DictionaryConfidence { get; init; } = 0.1;
}
