using System.Buffers;
using System.Collections.Frozen;
using Translation.Quality.Yaml;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: phrase-list</c> — hundreds of phrases, each with its own message and suggestion, found
/// in one pass over the text with <see cref="SearchValues{T}"/> (not one regex per phrase).
/// Context words (<c>notPrecededBy</c>, <c>notFollowedBy</c>, <c>precededBy</c>) keep correct uses quiet.
/// </summary>
internal sealed class PhraseListRule : IRule
{
    private readonly SearchValues<string> _search;
    private readonly FrozenDictionary<char, Phrase[]> _byFirstChar;
    private readonly StringComparison _comparison;
    private readonly bool _wholeWord;

    private PhraseListRule(RuleInfo info, IReadOnlyList<Phrase> phrases, bool ignoreCase, bool wholeWord)
    {
        Info = info;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _wholeWord = wholeWord;
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

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !(char.IsLetterOrDigit(text[index]) || text[index] == '_');

    /// <param name="Message">null: the rule's message.</param>
    /// <param name="Suggestion">null: the rule's suggestion.</param>
    private sealed record Phrase(string Text, string? Message, string? Suggestion, WordContext Context);

    public sealed class Kind : IRuleKind
    {
        public string Name => "phrase-list";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var ignoreCase = parameters.Bool("ignoreCase") ?? true;
            var wholeWord = parameters.Bool("wholeWord") ?? true;
            var shared = WordContext.Read(parameters);
            var list = parameters.Sequence("phrases", required: true);
            if (list is null)
            {
                return null;
            }

            var phrases = new List<Phrase>(list.Children.Count);
            foreach (var item in list.Children)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } plain })
                {
                    phrases.Add(new Phrase(plain, null, null, shared));
                    continue;
                }

                var map = parameters.Wrap(item, "a phrase");
                if (map is null)
                {
                    continue;
                }

                var text = map.String("phrase", required: true);
                var message = map.String("message");
                var suggestion = map.String("suggestion");
                var own = WordContext.Read(map);
                map.RejectUnknownKeys("a phrase");
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                phrases.Add(new Phrase(text, message, suggestion, own.IsEmpty ? shared : own.Merge(shared)));
            }

            if (phrases.Count == 0)
            {
                parameters.Error(list, "'phrases' must list at least one phrase");
                return null;
            }

            return new PhraseListRule(info, phrases, ignoreCase, wholeWord);
        }
    }
}
