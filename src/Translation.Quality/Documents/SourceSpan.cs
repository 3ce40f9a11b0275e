namespace Translation.Quality.Documents;

/// <summary>
/// The part of the source text a bilingual finding compares against: UTF-16 offsets into
/// <see cref="Article.SourceText"/> exactly as read, and that substring.
/// </summary>
public sealed record SourceSpan(int Start, int End, string Text);
