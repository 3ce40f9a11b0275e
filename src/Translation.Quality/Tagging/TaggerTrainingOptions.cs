namespace Translation.Quality.Tagging;

/// <summary>Settings for <see cref="TaggerTrainer"/>. The defaults are the ones the shipped model was trained with.</summary>
public sealed record TaggerTrainingOptions
{
    public int Epochs { get; init; } = 8;

    /// <summary>Seed for shuffling sentences between epochs; same seed and data give the same model.</summary>
    public int Seed { get; init; } = 20240601;

    /// <summary>Hash buckets (a power of two). The weight array holds Buckets × 17 values.</summary>
    public int Buckets { get; init; } = 1 << 20;

    /// <summary>A form enters the tag dictionary when seen at least this often ...</summary>
    public int DictionaryMinCount { get; init; } = 20;

    /// <summary>... with its most frequent tag at least this share of its occurrences.</summary>
    public double DictionaryMinRatio { get; init; } = 0.97;

    /// <summary>A (normalised) form gets an ambiguity class when seen at least this often.</summary>
    public int LexiconMinCount { get; init; } = 1;

    /// <summary>A tag joins a form's ambiguity class when it has at least this share of the form's occurrences.</summary>
    public double LexiconMinShare { get; init; } = 0.05;

    /// <summary>Train on each token's class computed without that token, as unseen words will look.</summary>
    public bool LexiconLeaveOneOut { get; init; } = true;

    /// <summary>Optional held-out CoNLL-U file; when set, its accuracy is reported after every epoch.</summary>
    public string? DevConlluPath { get; init; }
}
