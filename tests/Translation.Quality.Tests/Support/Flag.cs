using Translation.Quality.Documents;

namespace Translation.Quality.Tests.Support;

/// <summary>A finding to put on a sample article: its text, and at <see cref="Start"/> when the text occurs more than once.</summary>
public sealed record Flag(string Text, string Class = "calque", Severity Severity = Severity.Major, string Rule = "FR_CALQUE", string Message = "A word-for-word rendering.", string? Suggestion = null, int? Start = null)
{
    public string Category { get; init; } = "Accuracy/Mistranslation";
}
