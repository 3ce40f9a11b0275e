using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Translation.Quality.Lexicon;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: source-transliteration</c> — a name spelt the source language's way ("Mantourov",
/// "Selenskyj", "Jruschov"). Two sources of evidence: a <c>lexicon</c> of source spellings with
/// their English form, and spelling <c>patterns</c> over capitalised words (with an <c>allow</c>
/// list for names that really are spelt so). The suggestion comes from the lexicon, else from the
/// ordered <c>respell</c> replacements. Adjacent parts of the same name are flagged as one span.
/// </summary>
internal sealed class SourceTransliterationRule : IRule
{
    private readonly FrozenDictionary<string, string> _lexicon;
    private readonly IReadOnlyList<RuleRegex> _patterns;
    private readonly FrozenSet<string> _allow;
    private readonly IReadOnlyList<(string From, string To)> _respell;

    private SourceTransliterationRule(RuleInfo info, FrozenDictionary<string, string> lexicon, IReadOnlyList<RuleRegex> patterns, FrozenSet<string> allow, IReadOnlyList<(string, string)> respell)
    {
        Info = info;
        _lexicon = lexicon;
        _patterns = patterns;
        _allow = allow;
        _respell = respell;
    }

    public RuleInfo Info { get; }

    public IReadOnlyList<RuleData> Data => RuleData.AllLexicons;

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        var tokens = analysis.Tokens;
        var text = context.Text;
        var source = Lexicons.For(analysis.Article.SourceLanguage.ToLowerInvariant());
        var i = 0;
        while (i < tokens.Length)
        {
            if (!IsNamePart(tokens[i]) || Suggest(tokens[i].GetText(text), source) is null)
            {
                i++;
                continue;
            }

            // Extend over the neighbouring parts of the same name ("Wolodymyr Selenskyj").
            var first = i;
            // Given names stand just before: at most two, and never a word governed by a preposition ("for Industry").
            while (first > 0 && i - first < 2 && IsNeighbourNamePart(tokens[first - 1], text) && OnlySpaceBetween(text, tokens[first - 1].End, tokens[first].Start)
                   && !IsSentenceStart(analysis, first) && !(first > 1 && tokens[first - 2].Shape == TokenShape.Lower && tokens[first - 2].Length <= 4))
            {
                first--;
            }

            var last = i;
            while (last + 1 < tokens.Length && IsNeighbourNamePart(tokens[last + 1], text) && OnlySpaceBetween(text, tokens[last].End, tokens[last + 1].Start))
            {
                last++;
            }

            var suggestion = new StringBuilder();
            var any = false;
            for (var k = first; k <= last; k++)
            {
                var word = tokens[k].GetText(text);
                var fixedWord = Suggest(word, source);
                any |= fixedWord is not null;
                if (k > first)
                {
                    suggestion.Append(text, tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End);
                }

                suggestion.Append(fixedWord ?? word);
            }

            if (any)
            {
                var original = text[tokens[first].Start..tokens[last].End];
                var fix = suggestion.ToString();
                context.Report(tokens[first].Start, tokens[last].End, $"{Info.Message} English copy spells it '{fix}'.", fix == original ? null : fix);
            }

            i = last + 1;
        }
    }

    /// <summary>
    /// The English spelling when the word looks like a source-language spelling; null otherwise. A
    /// pattern never fires on a name the source language's own lexicon lists ("Écija", a Spanish
    /// town): it spells a name of that language, not a third language's name the source's way.
    /// </summary>
    private string? Suggest(string word, WordTable? source)
    {
        if (_lexicon.TryGetValue(word, out var known))
        {
            return known;
        }

        if (_allow.Contains(word))
        {
            return null;
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.Current.IsMatch(word) && !ListedAsName(source, word))
            {
                return Respell(word);
            }
        }

        return null;
    }

    private string Respell(string word)
    {
        var result = word;
        foreach (var (from, to) in _respell)
        {
            result = Regex.Replace(result, from, to, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return result;
    }

    /// <summary>Titles and other capitalised words that stand next to names without being part of them.</summary>
    private static readonly FrozenSet<string> NotNameParts = new[]
    {
        "President", "Minister", "Prime", "Deputy", "Vice", "Chancellor", "Mr", "Mrs", "Ms", "Dr", "General", "Gen", "Governor",
        "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Senator", "Sen", "Judge", "Director", "Chairman", "Chairwoman",
        "Secretary", "Ambassador", "Commissioner", "Coach", "Captain", "Colonel", "Patriarch", "Leader", "Premier", "Speaker",
        "The", "A", "An", "In", "On", "At", "For", "And", "But", "According", "After", "Before", "When", "While", "Soviet",
        "Russian", "Ukrainian", "Uzbek", "Kazakh", "Belarusian", "Georgian", "Armenian", "Chechen", "Moldovan", "Azerbaijani",
        "Foreign", "Defence", "Defense", "Energy", "Finance", "Interior", "Economy", "Energy",
    }.Distinct().ToFrozenSet(StringComparer.Ordinal);

    private static bool IsNamePart(Token t) => t.Kind == TokenKind.Word && t.Shape is TokenShape.Capitalised;

    private bool IsNeighbourNamePart(Token t, string text) =>
        IsNamePart(t) && !NotNameParts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.Slice(text));

    private static bool ListedAsName(WordTable? source, string word) =>
        source is not null && source.FlagsOf(word.ToLowerInvariant()).HasFlag(WordFlags.Capitalised);

    private static bool IsSentenceStart(AnalyzedText analysis, int tokenIndex) =>
        analysis.Sentences[analysis.SentenceOfToken(tokenIndex)].FirstToken == tokenIndex;

    private static bool OnlySpaceBetween(string text, int from, int to) => to - from == 1 && text[from] == ' ';

    public sealed class Kind : IRuleKind
    {
        public string Name => "source-transliteration";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            SourceTransliterationOptions.Read(parameters) is { } options
                ? new SourceTransliterationRule(info, options.Lexicon, options.Patterns, options.Allow, options.Respell)
                : null;
    }
}
