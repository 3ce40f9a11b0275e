using System.Globalization;

namespace Translation.Quality.Ingest;

/// <summary>
/// What ingestion accepts as an article, the same for every input format: some text, and not
/// more than <see cref="MaxCharacters"/> of it.
/// </summary>
public static class ArticleLimits
{
    /// <summary>
    /// The longest article checked. Wire articles are 2–6 KB; a 2 MB "article" is a broken export
    /// or an attack, and checking one costs seconds and findings by the hundred thousand. Refusing it
    /// with a reason keeps the night's run fast and its memory flat.
    /// </summary>
    public const int MaxCharacters = 2 * 1024 * 1024;

    /// <summary>Why an article's text cannot be checked, or null when it can.</summary>
    public static string? Problem(string text) =>
        text.Length > MaxCharacters ? TooLong(text.Length)
        : string.IsNullOrWhiteSpace(text) ? "the article is empty: there is no text to check"
        : null;

    /// <summary>The reason given for an article of <paramref name="length"/> characters (or bytes) over the limit.</summary>
    public static string TooLong(long length) =>
        string.Create(CultureInfo.InvariantCulture, $"the article is {length / (1024.0 * 1024):0.#} MB long; an article may be at most {MaxCharacters / (1024 * 1024)} MB (of text), so it was not checked");
}
