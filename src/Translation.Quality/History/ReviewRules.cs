using System.Globalization;

namespace Translation.Quality.History;

/// <summary>
/// What a review decision must give, however it comes in (<c>tqa review dismiss</c> or a decisions
/// file): a dismissal says why, for whoever reviews the rule next; a reason and a name stay short
/// enough to read in a list.
/// </summary>
public static class ReviewRules
{
    public const int MaxReasonLength = 2000;

    public const int MaxByLength = 200;

    /// <summary>Why the decision is refused, or null when it may be recorded.</summary>
    public static string? Problem(ReviewDecisionKind kind, string? reason, string? by)
    {
        if (kind == ReviewDecisionKind.Dismissed && string.IsNullOrWhiteSpace(reason))
        {
            return "a dismissal needs a reason: say why it is a false alarm, for whoever reviews the rule next";
        }

        if (reason is { Length: > MaxReasonLength })
        {
            return string.Create(CultureInfo.InvariantCulture, $"the reason is {reason.Length:N0} characters; at most {MaxReasonLength:N0} are kept");
        }

        return by is { Length: > MaxByLength }
            ? string.Create(CultureInfo.InvariantCulture, $"the reviewer's name is {by.Length:N0} characters; at most {MaxByLength} are kept")
            : null;
    }
}
