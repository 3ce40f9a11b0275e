using System.Buffers;
using System.Collections.Frozen;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: phrase-list</c> — hundreds of phrases, each with its own message and suggestion, found
/// in one pass over the text with <see cref="SearchValues{T}"/> (not one regex per phrase).
/// Context words (<c>notPrecededBy</c>, <c>notFollowedBy</c>, <c>precededBy</c>) keep correct uses quiet.
/// A phrase may write a word as <c>&lt;give&gt;</c> to match all its inflected forms, and <c>...</c> for a
/// gap of up to <c>maxGap</c> words (default 3) in the same sentence: <c>"&lt;put&gt; ... in place"</c> finds
/// "putting new rules in place" without one regex per entry.
/// </summary>
internal sealed class PhraseListRule : IRule
{
    private readonly SearchValues<string> _search;
    private readonly FrozenDictionary<char, Phrase[]> _byFirstChar;
    private readonly StringComparison _comparison;
    private readonly bool _wholeWord;
    private readonly int _maxGap;

    private PhraseListRule(RuleInfo info, IReadOnlyList<Phrase> phrases, bool ignoreCase, bool wholeWord, int maxGap)
    {
        Info = info;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _wholeWord = wholeWord;
        _maxGap = maxGap;
        _search = SearchValues.Create([.. phrases.Select(p => p.Text).Distinct(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)], _comparison);
        _byFirstChar = phrases
            .GroupBy(p => ignoreCase ? char.ToLowerInvariant(p.Text[0]) : p.Text[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Text.Length).ToArray());
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var text = context.Text;
        var pos = 0;
        var ignoreCase = _comparison == StringComparison.OrdinalIgnoreCase;
        while (pos < text.Length)
        {
            var rel = text.AsSpan(pos).IndexOfAny(_search);
            if (rel < 0)
            {
                return;
            }

            var at = pos + rel;
            var key = ignoreCase ? char.ToLowerInvariant(text[at]) : text[at];
            var matchedEnd = -1;
            if (_byFirstChar.TryGetValue(key, out var candidates))
            {
                foreach (var phrase in candidates)
                {
                    if (!text.AsSpan(at).StartsWith(phrase.Text, _comparison))
                    {
                        continue;
                    }

                    var end = at + phrase.Text.Length;
                    if (_wholeWord && !(IsBoundary(text, at - 1) && IsBoundary(text, end)))
                    {
                        continue;
                    }

                    end = MatchRest(text, end, phrase.Rest);
                    if (end < 0)
                    {
                        continue;
                    }

                    if (!phrase.Context.Allows(text, at, end))
                    {
                        continue;
                    }

                    context.Report(at, end, phrase.Message, phrase.Suggestion);
                    matchedEnd = end;
                    break;
                }
            }

            pos = matchedEnd > 0 ? matchedEnd : at + 1;
        }
    }

    /// <summary>Matches the parts after each <c>...</c> gap; returns the end of the whole match, or -1.</summary>
    private int MatchRest(string text, int end, IReadOnlyList<string[]> rest)
    {
        foreach (var variants in rest)
        {
            var pos = end;
            var found = -1;
            for (var skipped = 0; skipped <= _maxGap && found < 0; skipped++)
            {
                while (pos < text.Length && char.IsWhiteSpace(text[pos]) && text[pos] != '\n')
                {
                    pos++;
                }

                foreach (var variant in variants)
                {
                    if (text.AsSpan(pos).StartsWith(variant, _comparison) && IsBoundary(text, pos + variant.Length))
                    {
                        found = pos + variant.Length;
                        break;
                    }
                }

                // Skip one word of the gap; punctuation ends it (the gap stays inside the clause).
                var wordStart = pos;
                while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] is '-' or '\'' or '\u2019'
                    || (text[pos] is '.' or ',' && pos > wordStart && char.IsDigit(text[pos - 1]) && pos + 1 < text.Length && char.IsDigit(text[pos + 1]))))
                {
                    pos++;
                }

                if (pos == wordStart)
                {
                    break;
                }
            }

            if (found < 0)
            {
                return -1;
            }

            end = found;
        }

        return end;
    }

    /// <summary>Whether <paramref name="index"/> is outside a word; a hyphen inside a compound ("step-by-step") is not a boundary.</summary>
    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length
        || !(char.IsLetterOrDigit(text[index]) || text[index] == '_'
             || (text[index] == '-' && index > 0 && index + 1 < text.Length && char.IsLetter(text[index - 1]) && char.IsLetter(text[index + 1])));

    /// <param name="Message">null: the rule's message.</param>
    /// <param name="Suggestion">null: the rule's suggestion.</param>
    /// <param name="Rest">The parts after each gap, each as its inflected variants; empty without gaps.</param>
    internal sealed record Phrase(string Text, string? Message, string? Suggestion, WordContext Context, IReadOnlyList<string[]> Rest);

    /// <summary>One written phrase as the strings it stands for: the first part's variants and the later parts'.</summary>
    internal static (IReadOnlyList<string> First, IReadOnlyList<string[]> Later) Expand(string phrase)
    {
        var parts = phrase.Split("...", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return ([phrase], []);
        }

        var expanded = parts.Select(ExpandPart).ToList();
        return (expanded[0], [.. expanded.Skip(1).Select(v => v.ToArray())]);
    }

    private static IReadOnlyList<string> ExpandPart(string part)
    {
        IEnumerable<string> variants = [string.Empty];
        foreach (var word in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            IReadOnlyList<string> forms = word.Length > 2 && word[0] == '<' && word[^1] == '>' ? EnglishInflections.Forms(word[1..^1]) : [word];
            variants = variants.SelectMany(v => forms.Select(f => v.Length == 0 ? f : v + " " + f)).ToList();
        }

        return [.. variants];
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "phrase-list";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            PhraseListOptions.Read(parameters) is { } options
                ? new PhraseListRule(info, options.Phrases, options.IgnoreCase, options.WholeWord, options.MaxGap)
                : null;
    }
}
