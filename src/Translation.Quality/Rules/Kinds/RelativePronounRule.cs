using System.Collections.Frozen;
using Translation.Quality.Lexicon;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: relative-pronoun</c> — "whom" for a thing: "the coastal road, whom thousands use"
/// (French "que", German "den"). Looks back from ", whom" over the noun phrase it refers to: when
/// its last common noun is not a person (<c>personNouns</c>) the pronoun is flagged. A phrase made
/// only of a name ("Kim Jong Il, whom") is left alone: names are usually people.
/// With <c>animacy: wordnet</c> the nouns come from the WordNet-derived lexicon as well
/// (<see cref="AnimacyLexicon"/>), so "launchers, whom" is caught without a hand list; group nouns
/// ("team, which" / "team, who") and mixed ones stay quiet. <c>refersTo: person</c> turns the rule
/// round: "which" for a person ("the nurse, which") is flagged.
/// </summary>
internal sealed class RelativePronounRule : IRule
{
    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "whose", "each", "every", "some", "any",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenSet<string> _pronouns;
    private readonly FrozenSet<string> _persons;
    private readonly FrozenSet<string> _things;
    private readonly AnimacyLexicon? _lexicon;
    private readonly bool _forPersons;

    private RelativePronounRule(RuleInfo info, RelativePronounOptions options)
    {
        Info = info;
        _pronouns = options.Pronouns;
        _persons = options.PersonNouns;
        _things = options.ThingNouns;
        _lexicon = options.Lexicon;
        _forPersons = options.ForPersons;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        var tokens = analysis.Tokens;
        var text = context.Text;
        for (var i = 2; i < tokens.Length; i++)
        {
            if (!_pronouns.Contains(tokens[i].GetText(text)) || tokens[i - 1].Length != 1 || text[tokens[i - 1].Start] != ',')
            {
                continue;
            }

            var noun = HeadNoun(analysis, i - 2, text, out var nameFinal);
            if (_forPersons)
            {
                // "a group of workers, which": the pronoun may refer to the group; only a bare person noun counts.
                if (noun is null || nameFinal || !IsOnlyPerson(noun) || PrecededByOf(analysis, i - 2, text))
                {
                    continue;
                }

                context.Report(tokens[i].Start, tokens[i].End, $"{Info.Message} '{tokens[i].GetText(text)}' refers to '{noun}', a person.", "who");
                continue;
            }

            if (noun is null || IsPerson(noun) || (nameFinal && !_things.Contains(noun)) || PersonEarlierInPhrase(analysis, i - 2, text))
            {
                continue;
            }

            context.Report(tokens[i].Start, tokens[i].End, $"{Info.Message} '{tokens[i].GetText(text)}' refers to '{noun}', which is not a person.", "which");
        }
    }

    /// <summary>The last common (lower-case) noun of the phrase ending at <paramref name="end"/>; null when the phrase is a name.</summary>
    private static string? HeadNoun(AnalyzedText analysis, int end, string text, out bool nameFinal)
    {
        var tokens = analysis.Tokens;
        nameFinal = tokens[end].Shape != TokenShape.Lower;
        var sentenceStart = analysis.Sentences[analysis.SentenceOfToken(end)].FirstToken;
        for (var k = end; k >= Math.Max(sentenceStart, end - 7); k--)
        {
            var t = tokens[k];
            var word = t.GetText(text);
            if (t.Kind != TokenKind.Word || Determiners.Contains(word))
            {
                return null;
            }

            if (t.Shape == TokenShape.Lower)
            {
                // A verb before a name ("thanked Anna Berg, whom") means the phrase is the name: a person.
                var isNoun = analysis.HasTagger
                    ? analysis.TagOf(k) is PosTag.NOUN
                    : !(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));
                return isNoun ? word : null;
            }
        }

        return null;
    }

    /// <summary>Endings of nouns for people and groups of people ("engineers", "astronomer", "activists").</summary>
    private static readonly string[] PersonEndings = ["er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "eer", "eers", "ee", "ees", "man", "men", "woman", "women", "person", "people", "ess", "esses"];

    /// <summary>
    /// "a shop owner in the old town, who", "children aged under two, who": a person noun earlier in
    /// the same phrase (no punctuation between) may be what the pronoun refers to; stay quiet.
    /// </summary>
    private bool PersonEarlierInPhrase(AnalyzedText analysis, int end, string text)
    {
        var tokens = analysis.Tokens;
        var first = analysis.Sentences[analysis.SentenceOfToken(end)].FirstToken;
        for (var k = end - 1; k >= Math.Max(first, end - 10); k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Slice(text) is not "-")
            {
                return false;
            }

            // A verb ends the phrase ("the court rejected the application, whom"), unless it is a
            // participle right after a common noun ("children aged under two, who").
            if (analysis.HasTagger && analysis.TagOf(k) is PosTag.VERB or PosTag.AUX && !(k > first && analysis.TagOf(k - 1) == PosTag.NOUN && tokens[k - 1].Shape == TokenShape.Lower))
            {
                return false;
            }

            // The sentence's first word is capitalised but may be a common noun: "Shopkeepers in the centre, who".
            var common = tokens[k].Shape == TokenShape.Lower || (k == first && tokens[k].Shape == TokenShape.Capitalised);
            if (tokens[k].Kind == TokenKind.Word && common && (!analysis.HasTagger || analysis.TagOf(k) == PosTag.NOUN) && IsPerson(tokens[k].GetText(text).ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A noun that names a person and nothing else: not a group, not a word with a second, thing sense.</summary>
    private bool IsOnlyPerson(string noun) =>
        _lexicon is not null ? _lexicon.Of(noun) == Animacy.Person : _persons.Contains(noun);

    /// <summary>
    /// The person noun sits in a phrase that modifies a noun before it, so the pronoun may refer to that noun:
    /// "a group of workers, which", "its demand for meals for all children, which would have cost".
    /// After a verb the phrase is the verb's ("spoke to two nurses, which"): the person is meant.
    /// </summary>
    private static bool PrecededByOf(AnalyzedText analysis, int end, string text)
    {
        var first = analysis.Sentences[analysis.SentenceOfToken(end)].FirstToken;
        for (var k = end - 1; k >= Math.Max(first, end - 3); k--)
        {
            var word = analysis.Tokens[k].Slice(text);
            if (word is "of"
                || (word is "for" or "with" or "among" or "between" or "against" or "without" && k - 1 >= first && analysis.HasTagger && analysis.TagOf(k - 1) == PosTag.NOUN))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPerson(string noun)
    {
        if (_persons.Contains(noun))
        {
            return true;
        }

        var animacy = _lexicon?.Of(noun.ToLowerInvariant()) ?? Animacy.Unknown;
        if (animacy is Animacy.Person or Animacy.Group or Animacy.Mixed)
        {
            return true;
        }

        if (animacy == Animacy.Thing)
        {
            return false;
        }

        // An ending that usually names a person, unless the noun is a listed thing ("border", "agreement").
        var lower = noun.ToLowerInvariant();
        if (!_things.Contains(lower) && PersonEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal) && lower.Length > e.Length + 2))
        {
            return true;
        }

        // Plurals and possessives of listed nouns: "officials", "workers'".
        var trimmed = noun.TrimEnd('\'', '\u2019');
        return (trimmed.EndsWith('s') && _persons.Contains(trimmed[..^1]))
            || (trimmed.EndsWith("ies", StringComparison.Ordinal) && _persons.Contains(trimmed[..^3] + "y"))
            || (trimmed.EndsWith("men", StringComparison.Ordinal) && _persons.Contains(trimmed[..^3] + "man"));
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "relative-pronoun";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            RelativePronounOptions.Read(parameters) is { } options ? new RelativePronounRule(info, options) : null;
    }
}
