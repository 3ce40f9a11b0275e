namespace Translation.Quality.Tests.Translator;

/// <summary>What the fake Translator received, and when (on the server's clock).</summary>
public sealed record RecordedRequest(string Method, string Operation, string Query, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At, int Status);
