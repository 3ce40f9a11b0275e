using System.Text.RegularExpressions;
using Translation.Quality.Text;
using Translation.Quality.Yaml;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: source-homograph</c> — a word of the source that English also writes, left untranslated where only
/// the source's reading fits: French "pendant" before "the morning" (during, not a necklace), Spanish "sin" before
/// "significant rain" (without), German "bald" between a modal and its verb (soon). The lexicons cannot see these
/// (the word is English), so the pack lists each word with the neighbours that rule its English reading out:
/// <c>next</c> (the token after must be one of these), <c>previous</c> / <c>notPrevious</c> (the token before must
/// or must not be), <c>then</c> (the token after the next). A test is a POS tag (<c>DET</c>, <c>NUM</c>), a word in
/// lower case, a mark (<c>,</c>), <c>^</c> for the sentence's start, <c>@ADJ</c> for an adjective out of context
/// (WordNet), or <c>~regex</c> on the lower-cased word. A word
/// listed with a capital ("Kind", "Brief") is a capitalised noun of the source: it must stand mid-sentence with a
/// capital, away from other capitalised words (a name, a headline). <c>means</c> is the English it stands for.
/// </summary>
internal sealed class SourceHomographRule : IRule
{
    private readonly Dictionary<string, Entry> _entries;

    private SourceHomographRule(RuleInfo info, Dictionary<string, Entry> entries)
    {
        Info = info;
        _entries = entries;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        var tokens = analysis.Tokens;
        var lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var sentence in analysis.Sentences)
        {
            if (SentenceCase.IsLost(tokens, sentence))
            {
                continue;
            }

            var firstWord = SegmentShape.FirstWord(tokens, sentence);

            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = tokens[t];
                if (token.Kind != TokenKind.Word || token.Shape is not (TokenShape.Lower or TokenShape.Capitalised) || !lookup.TryGetValue(analysis.TokenSpan(t), out var entry))
                {
                    continue;
                }

                if (Matches(analysis, sentence, t, t == firstWord, entry))
                {
                    var word = analysis.TokenText(t);
                    var message = Info.Message.Replace("{word}", word, StringComparison.Ordinal).Replace("{means}", entry.Means, StringComparison.Ordinal)
                        .Replace("{language}", LanguageNames.EnglishName(analysis.Article.SourceLanguage), StringComparison.Ordinal);
                    context.Report(token.Start, token.End, message, entry.Means);
                }
            }
        }
    }

    private static bool Matches(AnalyzedText analysis, Sentence sentence, int t, bool initial, Entry entry)
    {
        var tokens = analysis.Tokens;
        if (entry.Capitalised)
        {
            // A capitalised noun of the source mid-sentence, not part of a name or a title-case line.
            if (initial || tokens[t].Shape != TokenShape.Capitalised
                || (t - 1 >= sentence.FirstToken && IsCapitalWord(tokens[t - 1]))
                || (t + 1 < sentence.EndToken && IsCapitalWord(tokens[t + 1])))
            {
                return false;
            }
        }
        else if (tokens[t].Shape != TokenShape.Lower && !(initial && entry.Previous.Any(p => p.Kind == TestKind.Start)))
        {
            return false;
        }

        var previous = t - 1 >= sentence.FirstToken ? t - 1 : -1;
        if (entry.Previous.Length > 0 && !entry.Previous.Any(p => p.Holds(analysis, previous, initial)))
        {
            return false;
        }

        if (entry.NotPrevious.Any(p => p.Holds(analysis, previous, initial)))
        {
            return false;
        }

        var next = t + 1 < sentence.EndToken ? t + 1 : -1;
        if (entry.Next.Length > 0 && !entry.Next.Any(p => p.Holds(analysis, next, false)))
        {
            return false;
        }

        var then = next >= 0 && next + 1 < sentence.EndToken ? next + 1 : -1;
        return entry.Then.Length == 0 || entry.Then.Any(p => p.Holds(analysis, then, false));
    }

    private static bool IsCapitalWord(Token token) => token.Kind == TokenKind.Word && token.Shape is TokenShape.Capitalised or TokenShape.AllCaps or TokenShape.Mixed;

    private enum TestKind
    {
        Start,
        Tag,
        Word,
        Pattern,
        Adjective,
    }

    /// <summary>One neighbour test: the sentence's start, a POS tag, a word or mark, or a pattern on the lower-cased word.</summary>
    private sealed record Test(TestKind Kind, PosTag Tag, string Text, Regex? Pattern)
    {
        public bool Holds(AnalyzedText analysis, int token, bool initial) => Kind switch
        {
            TestKind.Start => token < 0 || initial,
            _ when token < 0 => false,
            TestKind.Tag => analysis.HasTagger && analysis.TagOf(token) == Tag,
            TestKind.Word => analysis.TokenSpan(token).Equals(Text, StringComparison.OrdinalIgnoreCase),
            TestKind.Adjective => Lexicon.WordClassLexicon.Adjectives.Contains(analysis.TokenText(token).ToLowerInvariant()),
            _ => Pattern!.IsMatch(analysis.TokenText(token).ToLowerInvariant()),
        };

        public static Test? Read(string text, YamlMap map, YamlNode node)
        {
            if (text == "^")
            {
                return new Test(TestKind.Start, default, text, null);
            }

            // An adjective out of context (WordNet), for where the tagger reads the word as a noun ("war tense").
            if (text == "@ADJ")
            {
                return new Test(TestKind.Adjective, default, text, null);
            }

            if (text.StartsWith('~'))
            {
                try
                {
                    return new Test(TestKind.Pattern, default, text, new Regex("^(?:" + text[1..] + ")$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)));
                }
                catch (ArgumentException e)
                {
                    map.Error(node, $"'{text}' is not a valid regular expression: {e.Message}");
                    return null;
                }
            }

            if (text.Length > 1 && text.All(c => char.IsUpper(c) || c == '_'))
            {
                if (Enum.TryParse<PosTag>(text, out var tag))
                {
                    return new Test(TestKind.Tag, tag, text, null);
                }

                map.Error(node, $"'{text}' is no POS tag; expected one of: {string.Join(", ", Enum.GetNames<PosTag>())}");
                return null;
            }

            return new Test(TestKind.Word, default, text, null);
        }
    }

    private sealed record Entry(string Means, bool Capitalised, Test[] Previous, Test[] NotPrevious, Test[] Next, Test[] Then);

    public sealed class Kind : IRuleKind
    {
        public string Name => "source-homograph";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var errorsBefore = parameters.Errors.Count;
            var words = parameters.Map("words", required: true);
            var entries = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
            if (words is null)
            {
                return null;
            }

            foreach (var (key, value) in words.Node.Children)
            {
                if (key is not YamlScalarNode { Value: { Length: > 0 } word } || words.Wrap(value, $"the entry for '{key}'") is not { } map)
                {
                    continue;
                }

                var means = map.String("means", required: true) ?? string.Empty;
                var capitalised = char.IsUpper(word[0]);
                var entry = new Entry(means, capitalised, Tests(map, "previous"), Tests(map, "notPrevious"), Tests(map, "next"), Tests(map, "then"));
                map.RejectUnknownKeys($"the entry for '{word}'");
                if (!entries.TryAdd(word, entry))
                {
                    words.Error(key, $"'{word}' is listed twice");
                }
            }

            return parameters.Errors.Count > errorsBefore ? null : new SourceHomographRule(info, entries);
        }

        private static Test[] Tests(YamlMap map, string key)
        {
            var list = map.StringList(key);
            if (list is null)
            {
                return [];
            }

            var node = map.Find(key)!;
            return [.. list.Select(text => Test.Read(text, map, node)).OfType<Test>()];
        }
    }
}
