namespace Translation.Quality.Tests.Translator;

/// <summary>An HTTP/1.1 request as the fake Translator parsed it off the socket.</summary>
public sealed record FakeHttpRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public IReadOnlyList<string> QueryValues(string name) =>
        [.. Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => Uri.UnescapeDataString(p[0]) == name)
            .Select(p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty)];

    public string? QueryValue(string name) => QueryValues(name) is [var first, ..] ? first : null;
}
