using System.Text.RegularExpressions;

namespace Translation.Quality.Rules;

/// <summary>
/// A finding's message as a reader sees it: a template that ends "{fix}." with a fix that ends in an
/// abbreviation ("2:30 p.m.") must not end "p.m..". An ellipsis is left alone.
/// </summary>
internal static partial class MessageText
{
    public static string Tidy(string message) => message.Contains("..", StringComparison.Ordinal) ? DoubleStop().Replace(message, ".") : message;

    [GeneratedRegex(@"(?<!\.)\.\.(?=[\s""'”’)]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleStop();
}
