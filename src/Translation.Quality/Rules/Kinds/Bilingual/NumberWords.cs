using System.Collections.Frozen;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// Small numbers, ordinals, months and multipliers written as words, per language. Months are
/// stored as minus their number ("m:9" keys), so "septembre" = "Sept." = "09".
/// </summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, double> EnglishMultipliers = Dict(("million", 1e6), ("millions", 1e6), ("billion", 1e9), ("billions", 1e9),
        ("bn", 1e9), ("mn", 1e6), ("m", 1e6), ("k", 1e3), ("trillion", 1e12), ("trillions", 1e12), ("thousand", 1e3), ("thousands", 1e3), ("hundred", 100),
        ("decade", 10), ("decades", 10));

    public static readonly FrozenDictionary<string, double> FrenchMultipliers = Dict(("million", 1e6), ("millions", 1e6), ("milliard", 1e9), ("milliards", 1e9),
        ("mille", 1e3), ("cent", 100), ("cents", 100), ("md", 1e9), ("mds", 1e9), ("m", 1e6), ("k", 1e3), ("décennie", 10), ("décennies", 10));

    public static readonly FrozenDictionary<string, double> SpanishMultipliers = Dict(("millón", 1e6), ("millones", 1e6), ("mill", 1e6), ("mil", 1e3),
        ("billón", 1e12), ("billones", 1e12), ("cien", 100), ("ciento", 100), ("cientos", 100), ("m", 1e6), ("k", 1e3), ("década", 10), ("décadas", 10));

    public static readonly FrozenDictionary<string, double> GermanMultipliers = Dict(("million", 1e6), ("millionen", 1e6), ("mio", 1e6), ("milliarde", 1e9),
        ("milliarden", 1e9), ("mrd", 1e9), ("billion", 1e12), ("billionen", 1e12), ("tausend", 1e3), ("tsd", 1e3), ("hundert", 100), ("m", 1e6), ("k", 1e3),
        ("jahrzehnt", 10), ("jahrzehnte", 10), ("jahrzehnten", 10));

    private static readonly FrozenDictionary<string, (double Value, bool Soft)> English = Words(
        "two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 " +
        "eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90 hundred=100 thousand=1000 " +
        Months("january february march april may june july august september october november december") + " jan=-1 feb=-2 aug=-8 sept=-9 sep=-9 oct=-10 nov=-11 dec=-12 " +
        Days("monday tuesday wednesday thursday friday saturday sunday") + " " + Days("mondays tuesdays wednesdays thursdays fridays saturdays sundays"),
        "one=1 a=1 first=1 second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 tenth=10 both=2 twice=2 double=2 doubled=2 pair=2 couple=2 " +
        "triple=3 tripled=3 dozen=12 half=0.5 quarter=0.25 eleventh=11 twelfth=12 fifteenth=15 twentieth=20 hundredth=100 thousandth=1000");

    private static readonly FrozenDictionary<string, (double Value, bool Soft)> French = Words(
        "deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 dix=10 onze=11 douze=12 treize=13 quatorze=14 quinze=15 seize=16 vingt=20 vingts=20 " +
        "trente=30 quarante=40 cinquante=50 soixante=60 cent=100 cents=100 mille=1000 " +
        Months("janvier février mars avril mai juin juillet août septembre octobre novembre décembre") + " janv=-1 févr=-2 fév=-2 avr=-4 juil=-7 oct=-10 nov=-11 déc=-12 " +
        Days("lundi mardi mercredi jeudi vendredi samedi dimanche"),
        "un=1 une=1 neuf=9 demi=0.5 demie=0.5 premier=1 première=1 deuxième=2 second=2 seconde=2 troisième=3 quatrième=4 cinquième=5 dixième=10 moitié=0.5 quart=0.25 " +
        "double=2 doublé=2 triple=3 douzaine=12 paire=2 sixième=6 septième=7 huitième=8 neuvième=9 onzième=11 douzième=12 vingtième=20 centième=100 " +
        "huitièmes=16 seizièmes=32 dizaine=10 dizaines=10 quinzaine=15 vingtaine=20 trentaine=30 quarantaine=40 cinquantaine=50 soixantaine=60 centaine=100 centaines=100 millier=1000 milliers=1000");

    private static readonly FrozenDictionary<string, (double Value, bool Soft)> Spanish = Words(
        "dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 doce=12 trece=13 catorce=14 quince=15 dieciséis=16 diecisiete=17 " +
        "dieciocho=18 diecinueve=19 veinte=20 veintiuno=21 veintiún=21 veintidós=22 veintitrés=23 veinticuatro=24 veinticinco=25 veintiséis=26 " +
        "veintisiete=27 veintiocho=28 veintinueve=29 treinta=30 cuarenta=40 cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90 cien=100 ciento=100 mil=1000 " +
        Months("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre") + " ene=-1 feb=-2 abr=-4 may=-5 jun=-6 jul=-7 ago=-8 sep=-9 sept=-9 oct=-10 nov=-11 dic=-12 " +
        Days("lunes martes miércoles jueves viernes sábado domingo"),
        "un=1 uno=1 una=1 cuartos=4 primer=1 primero=1 primera=1 segundo=2 segunda=2 tercer=3 tercero=3 tercera=3 cuarto=4 quinto=5 décimo=10 mitad=0.5 ambos=2 " +
        "ambas=2 doble=2 triple=3 docena=12 par=2 sexto=6 séptimo=7 octavo=8 noveno=9 undécimo=11 duodécimo=12 vigésimo=20 " +
        "octavos=16 dieciseisavos=32 decena=10 decenas=10 docenas=12 quincena=15 veintena=20 treintena=30 centenar=100 centenares=100 cientos=100 millar=1000 millares=1000 miles=1000");

    private static readonly FrozenDictionary<string, (double Value, bool Soft)> German = Words(
        "zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10 elf=11 zwölf=12 dreizehn=13 vierzehn=14 fünfzehn=15 sechzehn=16 " +
        "siebzehn=17 achtzehn=18 neunzehn=19 zwanzig=20 dreißig=30 vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90 hundert=100 tausend=1000 " +
        Months("januar februar märz april mai juni juli august september oktober november dezember") + " jänner=-1 feb=-2 mär=-3 apr=-4 jun=-6 jul=-7 aug=-8 sep=-9 sept=-9 okt=-10 nov=-11 dez=-12 " + Days("montag dienstag mittwoch donnerstag freitag samstag sonntag") + " sonnabend=-106",
        "ein=1 eine=1 einen=1 einem=1 einer=1 eins=1 erste=1 ersten=1 erster=1 zweite=2 zweiten=2 dritte=3 dritten=3 vierte=4 beide=2 beiden=2 doppelt=2 " +
        "hälfte=0.5 viertel=0.25 dutzend=12 paar=2 fünfte=5 sechste=6 siebte=7 achte=8 neunte=9 zehnte=10 elfte=11 zwölfte=12 " +
        "achtelfinale=16 achtelfinal=16 achtelfinales=16 achtelfinals=16 sechzehntelfinale=32 dutzende=12 hunderte=100 tausende=1000 zweimal=2 dreimal=3 viermal=4 doppelt=2 zweifach=2 dreifach=3 halb=0.5");

    private static readonly FrozenSet<string> Units = new[] { "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun" }.ToFrozenSet();

    /// <summary>Words with a second value: Spanish "cuarto" is "fourth" and "quarter" ("un cuarto de punto" = 0.25 points).</summary>
    private static readonly FrozenDictionary<string, double> SpanishAlso = Dict(("cuarto", 0.25), ("cuartos", 0.25), ("cuarta", 0.25));

    /// <summary>A number word's second value in its language, if it has one.</summary>
    public static double? Also(string language, string word) =>
        language == "es" && SpanishAlso.TryGetValue(word.ToLowerInvariant(), out var v) ? v : null;

    public static FrozenDictionary<string, (double Value, bool Soft)> For(string language) => language switch
    {
        "fr" => French,
        "es" => Spanish,
        "de" => German,
        _ => English,
    };

    /// <summary>A number word's value; hyphenated and German compounds too ("vingt-trois", "thirty-five", "dreiundzwanzig").</summary>
    public static bool TryRead(FrozenDictionary<string, (double Value, bool Soft)> words, string word, out double value, out bool soft)
    {
        // Most words are no number: a look-up without a lower-case copy settles them.
        if (words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var entry))
        {
            (value, soft) = entry;

            // Months take their language's case: "may" the verb and "Mars" the planet are no dates.
            var capitalised = ReferenceEquals(words, English) || ReferenceEquals(words, German);
            return value >= 0 || char.IsUpper(word[0]) == capitalised;
        }

        value = 0;
        soft = false;
        var lower = word.ToLowerInvariant();
        if (lower.Contains('-', StringComparison.Ordinal))
        {
            var parts = lower.Split('-');
            if (parts is ["quatre", "vingt" or "vingts", .. var rest])
            {
                parts = ["quatre-vingt", .. rest];
            }

            double sum = 0;
            foreach (var part in parts)
            {
                if (part == "quatre-vingt")
                {
                    sum += 80;
                }
                else if (part is "et")
                {
                    continue;
                }
                else if (words.TryGetValue(part, out var p) && p.Value >= 1 && p.Value < 100)
                {
                    sum += p.Value;
                }
                else
                {
                    return false;
                }
            }

            value = sum;
            return sum > 0;
        }

        // German "dreiundzwanzig": unit + "und" + tens.
        var und = lower.IndexOf("und", StringComparison.Ordinal);
        if (ReferenceEquals(words, German) && und > 0 && Units.Contains(lower[..und]) && words.TryGetValue(lower[(und + 3)..], out var tens) && tens.Value is >= 20 and < 100)
        {
            value = tens.Value + (lower[..und] == "ein" ? 1 : words[lower[..und]].Value);
            return true;
        }

        return TryReadOrdinal(words, lower, out value, out soft);
    }

    private static readonly string[] GermanOrdinalEndings = ["sten", "ster", "stes", "stem", "ste", "ten", "ter", "tes", "tem", "te"];

    /// <summary>
    /// An ordinal built on a cardinal the table has: "quinzième", "vingt-deuxième", "zwanzigsten", "fünfzehnte",
    /// "sixteenth", "twentieth". Soft, like the listed ordinals: "one case in 20" for "jedem zwanzigsten Fall".
    /// Runs for every word no table lists, so it tries a base only where the word has an ordinal's ending.
    /// </summary>
    private static bool TryReadOrdinal(FrozenDictionary<string, (double Value, bool Soft)> words, string lower, out double value, out bool soft)
    {
        value = 0;
        soft = true;
        if (ReferenceEquals(words, French))
        {
            var at = lower.LastIndexOf("ième", StringComparison.Ordinal);
            if (at < 3 || (at + 4 != lower.Length && !(at + 5 == lower.Length && lower[^1] == 's')))
            {
                return false;
            }

            var stem = lower[..at];
            return TryBase(words, stem, out value) || TryBase(words, stem + "e", out value)
                || (stem.EndsWith("qu", StringComparison.Ordinal) && TryBase(words, stem[..^1], out value))
                || (stem.EndsWith("neuv", StringComparison.Ordinal) && TryBase(words, stem[..^1] + "f", out value));
        }

        if (ReferenceEquals(words, German))
        {
            foreach (var ending in GermanOrdinalEndings)
            {
                if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal) && TryBase(words, lower[..^ending.Length], out value))
                {
                    return true;
                }
            }

            return false;
        }

        return ReferenceEquals(words, English) && lower.Length > 5 && lower.EndsWith("th", StringComparison.Ordinal)
            && (TryBase(words, lower[..^2], out value) || (lower.EndsWith("ieth", StringComparison.Ordinal) && TryBase(words, lower[..^4] + "y", out value)));
    }

    /// <summary>A cardinal of two or more under an ordinal's ending; compounds ("vingt-deux", "dreiundzwanzig") read as <see cref="TryRead"/> does.</summary>
    private static bool TryBase(FrozenDictionary<string, (double Value, bool Soft)> words, string stem, out double value)
    {
        value = 0;
        if (stem.Length < 3 || !TryRead(words, stem, out var v, out _) || v < 2 || v != Math.Floor(v))
        {
            return false;
        }

        value = v;
        return true;
    }

    private static string Days(string names) => string.Join(' ', names.Split(' ').Select((n, i) => $"{n}={-(101 + i)}"));

    private static string Months(string names) => string.Join(' ', names.Split(' ').Select((n, i) => $"{n}={-(i + 1)}"));

    private static FrozenDictionary<string, (double, bool)> Words(string hard, string soft)
    {
        var d = new Dictionary<string, (double, bool)>(StringComparer.Ordinal);
        foreach (var (list, isSoft) in new[] { (hard, false), (soft, true) })
        {
            foreach (var pair in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.LastIndexOf('=');
                d[pair[..eq]] = (double.Parse(pair[(eq + 1)..], System.Globalization.CultureInfo.InvariantCulture), isSoft);
            }
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, double> Dict(params (string Key, double Value)[] entries) =>
        entries.ToFrozenDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
