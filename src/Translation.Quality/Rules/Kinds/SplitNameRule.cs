using System.Collections.Frozen;
using Translation.Quality.Lexicon;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: split-name</c> — a multi-word proper name torn apart by the words moved inside it:
/// "the Yuri aeronautical factory Gagarin" for "the Yuri Gagarin aeronautical factory". Finds a
/// given name (<c>givenNames</c>), one to <c>maxInserted</c> lower-case words that include a place
/// noun (<c>placeNouns</c>), an optional particle (von, de…) and a capitalised surname; and any
/// <c>names</c> whose words are found with other words pushed between them. The suggestion puts
/// the name back together in front of the place noun.
/// </summary>
internal sealed class SplitNameRule : IRule
{
    private static readonly FrozenSet<string> NotSurnames = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "The", "In", "On", "At", "And", "AFP",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenSet<string> _givenNames;
    private readonly FrozenSet<string> _placeNouns;
    private readonly FrozenSet<string> _particles;
    private readonly IReadOnlyList<string[]> _names;
    private readonly int _maxInserted;
    private readonly bool _lexiconGivenNames;

    private SplitNameRule(RuleInfo info, SplitNameOptions options)
    {
        Info = info;
        _givenNames = options.GivenNames;
        _placeNouns = options.PlaceNouns;
        _particles = options.Particles;
        _names = options.Names;
        _maxInserted = options.MaxInserted;
        _lexiconGivenNames = options.LexiconGivenNames;
    }

    public RuleInfo Info { get; }

    public IReadOnlyList<RuleData> Data { get; } = [RuleData.Lexicon("en")];

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        var tokens = analysis.Tokens;
        var text = context.Text;
        foreach (var sentence in analysis.Sentences)
        {
            for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
            {
                if (!tokens[i - 1].Slice(text).Equals("the", StringComparison.OrdinalIgnoreCase) || tokens[i].Shape != TokenShape.Capitalised)
                {
                    continue;
                }

                var first = tokens[i].GetText(text);
                var known = _names.FirstOrDefault(n => n[0] == first);
                if (known is null && !_givenNames.Contains(first) && !(_lexiconGivenNames && LooksLikeGivenName(first)))
                {
                    continue;
                }

                // Further given names ("José Luis"), then lower-case words pushed into the name, one a place noun.
                var givenEnd = i + 1;
                while (givenEnd < sentence.EndToken && tokens[givenEnd].Shape == TokenShape.Capitalised && _givenNames.Contains(tokens[givenEnd].GetText(text)))
                {
                    givenEnd++;
                }

                var j = givenEnd;
                var sawPlace = false;
                while (j < sentence.EndToken && j - i - 1 < _maxInserted && tokens[j].Kind == TokenKind.Word && tokens[j].Shape == TokenShape.Lower && !_particles.Contains(tokens[j].GetText(text)))
                {
                    sawPlace |= _placeNouns.Contains(tokens[j].GetText(text));
                    j++;
                }

                if (!sawPlace || j == givenEnd || !_placeNouns.Contains(tokens[j - 1].GetText(text)))
                {
                    continue;
                }

                var particleStart = j;
                while (j < sentence.EndToken && _particles.Contains(tokens[j].GetText(text)))
                {
                    j++;
                }

                if (j >= sentence.EndToken || tokens[j].Shape != TokenShape.Capitalised || tokens[j].Kind != TokenKind.Word || NotSurnames.Contains(tokens[j].GetText(text)))
                {
                    continue;
                }

                var surnameEnd = j;
                if (known is not null && known.Length > 1 && tokens[j].GetText(text) != known[^1] && !_givenNames.Contains(first))
                {
                    continue;
                }

                var inserted = text[tokens[givenEnd].Start..tokens[particleStart - 1].End];
                var particle = particleStart < surnameEnd ? text[tokens[particleStart].Start..tokens[surnameEnd - 1].End] + " " : string.Empty;
                var given = text[tokens[i].Start..tokens[givenEnd - 1].End];
                var name = $"{given} {particle}{tokens[surnameEnd].GetText(text)}";
                context.Report(tokens[i].Start, tokens[surnameEnd].End, $"{Info.Message} The name '{name}' is torn apart by '{inserted}'.", $"{name} {inserted}");
                i = surnameEnd;
            }
        }
    }

    /// <summary>
    /// A word English lists only with a capital that WordNet does not know: given names ("Vicente",
    /// "Gabriela") are in the spelling dictionaries, cities and famous people are WordNet lemmas.
    /// </summary>
    private static bool LooksLikeGivenName(string word)
    {
        var flags = Lexicons.English.FlagsOf(word.ToLowerInvariant());
        return flags.HasFlag(WordFlags.Capitalised) && !flags.HasFlag(WordFlags.Lower) && !flags.HasFlag(WordFlags.WordNet);
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "split-name";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            new SplitNameRule(info, SplitNameOptions.Read(parameters));
    }
}
