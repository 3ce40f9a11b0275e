using System.Globalization;
using System.Text.RegularExpressions;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: locale-format</c> — numbers, dates, times and punctuation written the source locale's
/// way in English copy. <c>checks</c> picks which of the built-in detectors run; each derives the
/// English form as its suggestion.
/// </summary>
internal sealed partial class LocaleFormatRule : IRule
{
    private static readonly string[] MonthsAp = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    private readonly IReadOnlyList<LocaleCheck> _checks;

    private LocaleFormatRule(RuleInfo info, IReadOnlyList<LocaleCheck> checks)
    {
        Info = info;
        _checks = checks;
    }

    public RuleInfo Info { get; }

    /// <summary>The detectors a rule can switch on, by name.</summary>
    public static IReadOnlyDictionary<string, LocaleCheck> Available { get; } = new Dictionary<string, LocaleCheck>(StringComparer.Ordinal)
    {
        ["date-slash-dmy"] = new(SlashDate(), FixSlashDate, "Date written day/month/year, the source's order; English wire copy writes the month as a word: {fix}."),
        ["date-dotted-dmy"] = new(DottedDate(), FixDottedDate, "Date written day.month.year, the German style; English wire copy writes {fix}."),
        ["decimal-comma"] = new(DecimalComma(), m => m.Value.Replace(',', '.'), "Decimal comma, the source's convention; English uses a decimal point: {fix}."),
        ["thousands-dot"] = new(ThousandsDot(), m => m.Value.Replace('.', ','), "Thousands separated with dots, the source's convention; English uses commas: {fix}."),
        ["time-h"] = new(HourTime(), FixHourTime, "Time written the French way ('14h30'); English copy writes {fix}."),
        ["time-uhr"] = new(UhrTime(), FixUhrTime, "Time written the German way ('14.30 Uhr'); English copy writes {fix}."),
        ["spaced-punctuation"] = new(SpacedPunctuation(), m => m.Groups["mark"].Value, "Space before '{mark}', a French typographic convention; English sets the mark against the word."),
        ["guillemets"] = new(Guillemets(), FixGuillemets, "Guillemets (« »), the source's quotation marks; English copy uses “curly” quotes."),
    };

    public void Check(RuleContext context)
    {
        foreach (var check in _checks)
        {
            foreach (Match m in check.Pattern.Matches(context.Text))
            {
                var fix = check.Fix(m);
                var message = check.Message.Replace("{fix}", fix, StringComparison.Ordinal).Replace("{mark}", m.Groups["mark"].Value, StringComparison.Ordinal);
                var start = m.Groups["space"].Success ? m.Groups["space"].Index : m.Index;
                context.Report(start, m.Index + m.Length, message, fix);
            }
        }
    }

    private static string FixSlashDate(Match m) => FormatDate(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value);

    private static string FixDottedDate(Match m) => FormatDate(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value);

    private static string FormatDate(string day, string month, string year)
    {
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        var mo = int.Parse(month, CultureInfo.InvariantCulture);
        return $"{MonthsAp[mo - 1]} {d}, {year}";
    }

    private static string FixHourTime(Match m) =>
        FormatTime(int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) : 0);

    private static string FixUhrTime(Match m) =>
        FormatTime(int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) : 0);

    private static string FormatTime(int hour, int minute)
    {
        var suffix = hour < 12 ? "a.m." : "p.m.";
        var h12 = hour % 12 == 0 ? 12 : hour % 12;
        return minute == 0 ? $"{h12} {suffix}" : $"{h12}:{minute:00} {suffix}";
    }

    private static string FixGuillemets(Match m) => "“" + m.Groups["inner"].Value.Trim(' ', '\u00A0', '\u202F') + "”";

    [GeneratedRegex(@"(?<![\d/])(?<d>0?[1-9]|[12]\d|3[01])/(?<m>0?[1-9]|1[0-2])/(?<y>(?:19|20)\d\d)(?!\d|/\d)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"(?<![\d.])(?<d>0?[1-9]|[12]\d|3[01])\.(?<m>0?[1-9]|1[0-2])\.(?<y>(?:19|20)\d\d)(?!\d|\.\d)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DottedDate();

    // "1,5 million", "2,75%": a comma followed by one or two digits is never an English thousands separator.
    [GeneratedRegex(@"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])(?=\s*(?:%|per\s?cent|percent|million|billion|trillion|bn|m\b|km|kg|tonnes|euros?|dollars?|degrees?|°|points?|times|years?|hours?|metres?|meters?|\s))", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DecimalComma();

    // "3.000 Euro", "1.200.000": dot-grouped thousands (never a decimal in wire copy when a 3-digit group follows).
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,]|\.\d)(?=\s+(?:[a-zA-Z€$£]))", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ThousandsDot();

    // "14h30" anywhere; a bare "9h" only after a word that introduces a time ("at 9h"), since "4h" can be a duration.
    [GeneratedRegex(@"(?<![\w:])(?:(?<h>[01]?\d|2[0-3])\s?h\s?(?<min>[0-5]\d)|(?<=\b(?:at|from|until|till|to|by|before|after|around|about|since)\s)(?<h>[01]?\d|2[0-3])\s?h)(?![\w])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex HourTime();

    [GeneratedRegex(@"(?<![\w.:])(?<h>[01]?\d|2[0-3])(?:[.:](?<min>[0-5]\d))?\s+Uhr\b", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex UhrTime();

    // A space (or French no-break space) before : ; ? or ! (French typography; a spaced comma is a
    // mechanics slip, not a convention), then a space, a quote or the end. The match
    // starts at the mark (rare) rather than at every space; the spaces are captured behind it.
    [GeneratedRegex(@"(?<=\w[»”""]?(?<space>[ \u00A0\u202F]+))(?<mark>[:;?!])(?=\s|$|[«“""”’»])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex SpacedPunctuation();

    [GeneratedRegex(@"«(?<inner>[^«»\n]{0,2000})»", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Guillemets();

    /// <param name="Message">Template: {fix} is the derived English form, {mark} the punctuation mark.</param>
    public sealed record LocaleCheck(Regex Pattern, Func<Match, string> Fix, string Message);

    public sealed class Kind : IRuleKind
    {
        public string Name => "locale-format";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            LocaleFormatOptions.Read(parameters) is { } options ? new LocaleFormatRule(info, [.. options.Checks.Select(name => Available[name])]) : null;
    }
}
