namespace Translation.Quality.Config;

/// <summary>Which articles the verify stage sends to the Translator.</summary>
public enum VerifyScope
{
    /// <summary>Every article (the default).</summary>
    All,

    /// <summary>Articles the rule packs flagged (a cost control).</summary>
    Flagged,

    /// <summary>A stable share of articles (by id), <see cref="TranslatorOptions.SampleRate"/>.</summary>
    Sample,
}
