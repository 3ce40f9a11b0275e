namespace Translation.Quality.Tests.Translator;

/// <summary>One scripted misbehaviour of the fake Translator.</summary>
/// <param name="Status">HTTP status to answer with (0: answer normally after the delay).</param>
/// <param name="Code">The six-digit error code in the body.</param>
/// <param name="RetryAfter">A Retry-After header value, e.g. "7".</param>
/// <param name="Delay">Real time to wait before answering.</param>
/// <param name="Drop">Close the connection without an answer.</param>
/// <param name="Malformed">Answer 200 with JSON that is cut off.</param>
/// <param name="Location">With a 3xx status: where the redirect points.</param>
/// <param name="Body">Answer 200 with this body instead of the real answer (well-formed JSON that answers wrongly).</param>
public sealed record FakeFault(int Status = 0, int Code = 0, string? RetryAfter = null, TimeSpan Delay = default, bool Drop = false, bool Malformed = false, string? Location = null, string? Body = null)
{
    public static FakeFault Redirect(Uri location, int status = 307) => new(status, Location: location.ToString());

    public static FakeFault Answer(string body) => new(Body: body);

    /// <summary>One element with an empty <c>translations</c> array.</summary>
    public static FakeFault EmptyTranslations() => Answer("""[{"translations":[]}]""");

    /// <summary>One element translated as "".</summary>
    public static FakeFault EmptyText(string to = "en") => Answer($$"""[{"translations":[{"text":"","to":"{{to}}"}]}]""");

    public static FakeFault Throttled(string? retryAfter = null) => new(429, 429001, retryAfter);

    public static FakeFault ServerError() => new(500, 500000);

    public static FakeFault Unavailable() => new(503, 503000);

    public static FakeFault Slow(TimeSpan delay) => new(Delay: delay);

    public static FakeFault Dropped() => new(Drop: true);

    public static FakeFault BadJson() => new(Malformed: true);
}
