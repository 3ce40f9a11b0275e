using System.Text.RegularExpressions;
using Translation.Quality.Yaml;
using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// <c>kind: markup</c> — what a translation must carry over untouched: URLs, e-mail addresses,
/// @handles and #hashtags (the same strings), quotation marks (a quotation in the source is one in
/// the translation) and brackets (balanced in the translation when they are in the source).
/// </summary>
internal sealed partial class MarkupRule : IRule
{
    private MarkupRule(RuleInfo info)
    {
        Info = info;
    }

    public RuleInfo Info { get; }

    public bool NeedsSource => true;

    public void Check(RuleContext context)
    {
        var bilingual = context.Bilingual;
        if (bilingual is null)
        {
            return;
        }

        var source = bilingual.Source;
        var text = context.Text;
        foreach (var view in LinkView.All(context))
        {
            if (view.Target is not { } t || view.Source is not { } s || view.Untranslated)
            {
                continue;
            }

            CompareLiterals(context, bilingual.SpanOf(s), source, s, text, t, view);
            if (HasQuote(source, s, SourceQuotes) != HasQuote(text, t, TargetQuotes) && !view.LowConfidence)
            {
                var at = FirstOf(text, t, TargetQuotes);
                var (start, end) = at >= 0 ? (at, at + 1) : (t.Start, t.End);
                var message = at >= 0 ? "The translation quotes where its source does not." : "The source quotes here and the translation has no quotation marks.";
                context.Report(start, end, message, Info.Suggestion, bilingual.SpanOf(s));
            }
            else if (!view.LowConfidence && QuotesBalanced(source, s) && UnclosedQuote(text, t) is var open and >= 0)
            {
                // A quotation the source opens and closes within the sentence must close in the translation too.
                context.Report(open, open + 1, $"'{text[open]}' is not closed in the translation; the source's quotation is.", Info.Suggestion, bilingual.SpanOf(s));
            }

            foreach (var (open, close) in new[] { ('(', ')'), ('[', ']') })
            {
                if (Balance(source, s, open, close) == 0 && Balance(text, t, open, close) is var b && b != 0)
                {
                    var at = b > 0 ? text.LastIndexOf(open, t.End - 1, t.Length) : text.IndexOf(close, t.Start, t.Length);
                    context.Report(at, at + 1, $"'{(b > 0 ? open : close)}' is not closed in the translation; the source's brackets are balanced.", Info.Suggestion, bilingual.SpanOf(s));
                }
            }
        }
    }

    private void CompareLiterals(RuleContext context, SourceSpan sourceSentence, string source, TextSpan s, string text, TextSpan t, LinkView view)
    {
        var inSource = MayHoldLiterals(source.AsSpan(s.Start, s.Length)) ? Literals().Matches(source[s.Start..s.End]).Select(m => (Start: s.Start + m.Index, m.Value)).ToList() : [];
        var inTarget = MayHoldLiterals(text.AsSpan(t.Start, t.Length)) ? Literals().Matches(text[t.Start..t.End]).Select(m => (Start: t.Start + m.Index, m.Value)).ToList() : [];
        if (inSource.Count == 0 && inTarget.Count == 0)
        {
            return;
        }

        var wideSource = source[view.WideSource!.Value.Start..view.WideSource.Value.End];
        var wideTarget = text[view.WideTarget!.Value.Start..view.WideTarget.Value.End];
        var lost = inSource.Where(x => !wideTarget.Contains(x.Value, StringComparison.Ordinal)).ToList();
        var added = inTarget.Where(x => !wideSource.Contains(x.Value, StringComparison.Ordinal)).ToList();
        for (var i = 0; i < added.Count; i++)
        {
            var (start, value) = added[i];
            var was = i < lost.Count ? lost[i] : default;
            var message = was.Value is null ? $"'{value}' is not in the source." : $"The source has '{was.Value}'; the translation has '{value}'.";
            context.Report(start, start + value.Length, message, was.Value, was.Value is null ? sourceSentence : new SourceSpan(was.Start, was.Start + was.Value.Length, was.Value));
        }

        foreach (var (start, value) in lost.Skip(added.Count))
        {
            context.Report(t.Start, t.End, $"The source's '{value}' is missing from the translation.", value, new SourceSpan(start, start + value.Length, value));
        }
    }

    private const string SourceQuotes = "«»“”„\"";
    private const string TargetQuotes = "“”\"«»";

    private static bool HasQuote(string text, TextSpan range, string marks) => FirstOf(text, range, marks) >= 0;

    private static int FirstOf(string text, TextSpan range, string marks) => text.AsSpan(range.Start, range.Length).IndexOfAny(marks) is var i and >= 0 ? range.Start + i : -1;

    /// <summary>Whether a source range has quotation marks that pair up: "«…»", "„…“", "“…”", "\"…\"" (an even number of marks).</summary>
    private static bool QuotesBalanced(string source, TextSpan range)
    {
        var marks = 0;
        foreach (var c in source.AsSpan(range.Start, range.Length))
        {
            marks += SourceQuotes.Contains(c, StringComparison.Ordinal) ? 1 : 0;
        }

        return marks > 0 && marks % 2 == 0;
    }

    /// <summary>The offset of a translation's opening quote that never closes (or a closing one never opened), or -1.</summary>
    private static int UnclosedQuote(string text, TextSpan range)
    {
        var open = -1;
        var straight = -1;
        var depth = 0;
        for (var i = range.Start; i < range.End; i++)
        {
            switch (text[i])
            {
                case '“':
                    if (depth == 0)
                    {
                        open = i;
                    }

                    depth++;
                    break;
                case '”':
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                    break;
                case '"':
                    straight = straight < 0 ? i : -1;
                    break;
            }
        }

        return depth > 0 ? open : straight;
    }

    private static int Balance(string text, TextSpan range, char open, char close)
    {
        var b = 0;
        foreach (var c in text.AsSpan(range.Start, range.Length))
        {
            b += c == open ? 1 : c == close ? -1 : 0;
        }

        return b;
    }

    /// <summary>Whether a range can hold a URL, address, handle or hashtag at all: most sentences hold none.</summary>
    private static bool MayHoldLiterals(ReadOnlySpan<char> range) =>
        range.IndexOfAny('@', '#') >= 0 || range.Contains("://", StringComparison.Ordinal) || range.Contains("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>URLs, e-mail addresses, @handles and #hashtags, without trailing punctuation.</summary>
    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""«»“”]+[^\s<>""«»“”.,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])[@#][\p{L}\d_]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Literals();

    public sealed class Kind : IRuleKind
    {
        public string Name => "markup";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) => new MarkupRule(info);
    }
}
