using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// A number, amount, date part or time in one side of a pair. <see cref="Keys"/> are its possible
/// values (a "14.000" may be fourteen thousand or, in English copy, fourteen), so two mentions
/// agree when their keys meet. A soft mention ("one", "first", "both", "May") can answer for a
/// number but is never flagged for lacking one.
/// </summary>
internal sealed record NumberMention(int Start, int End, IReadOnlyList<string> Keys, bool Soft)
{
    /// <summary>Written in digits ("14,000", "2:30 p.m."), not in words: only these are flagged for having no counterpart.</summary>
    public bool Digits { get; init; }

    public bool Agrees(NumberMention other)
    {
        // Loops, not LINQ: called for every pair of mentions of every link.
        foreach (var key in Keys)
        {
            foreach (var theirs in other.Keys)
            {
                if (string.Equals(key, theirs, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>
/// Reads numbers in their locale forms: "14.000" = "14,000" = "14 000", "3,7" = "3.7", "14h30" =
/// "14.30 Uhr" = "2:30 p.m.", "15/09/2023" = "Sept. 15, 2023", "1,5 Mio." = "1.5 million",
/// "neun" = "nine" = 9; ordinals "1er", "3.", "21st".
/// </summary>
internal static partial class NumberReader
{
    public static List<NumberMention> Read(string text, int start, int end, string language)
    {
        var result = new List<NumberMention>();
        var claimed = new List<(int Start, int End)>();
        var slice = text[start..end];
        ReadDurations(slice, start, language, claimed, result);

        // Digits are rare: a range without any has only number words to read.
        if (slice.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            ReadWords(text, start, end, language, claimed, result);
            Finish(text, result);
            return result;
        }

        ClaimExcluded(slice, claimed);

        foreach (Match m in DateSlash().Matches(slice))
        {
            if (Free(claimed, m))
            {
                var a = Int(m.Groups["a"].Value);
                var b = Int(m.Groups["b"].Value);
                var y = Year(m.Groups["y"].Value);
                // Three mentions on one span: day, month and year each need their counterpart ("Sept. 15, 2023").
                var (from, to) = (start + m.Index, start + m.Index + m.Length);
                result.Add(new(from, to, [$"n:{a}", $"m:{a}"], false) { Digits = true });
                result.Add(new(from, to, [$"n:{b}", $"m:{b}"], false) { Digits = true });
                result.Add(new(from, to, [$"n:{y}"], false) { Digits = true });
                claimed.Add((m.Index, m.Index + m.Length));
            }
        }

        // A race time, "2:03:41": hours, minutes and seconds each need their counterpart ("2 hours 3 minutes 41 seconds").
        foreach (Match m in RaceTime().Matches(slice))
        {
            if (Free(claimed, m))
            {
                var (from, to) = (start + m.Index, start + m.Index + m.Length);
                foreach (var group in new[] { "h", "min", "s" })
                {
                    result.Add(new(from, to, [$"n:{Int(m.Groups[group].Value)}"], false) { Digits = true });
                }

                claimed.Add((m.Index, m.Index + m.Length));
            }
        }

        foreach (Match m in Time().Matches(slice))
        {
            if (!Free(claimed, m))
            {
                continue;
            }

            var h = Int(m.Groups["h"].Value);
            var min = m.Groups["min"].Success ? Int(m.Groups["min"].Value) : 0;
            var meridiem = m.Groups["ap"].Success ? char.ToLowerInvariant(m.Groups["ap"].Value[0]) : ' ';
            var keys = new List<string>();
            if (meridiem == 'p' && h < 12)
            {
                keys.Add($"t:{h + 12}:{min:00}");
            }
            else if (meridiem == 'a' && h == 12)
            {
                keys.Add($"t:0:{min:00}");
            }
            else
            {
                keys.Add($"t:{h}:{min:00}");
                if (meridiem == ' ' && m.Groups["colon"].Success && h < 12)
                {
                    keys.Add($"t:{h + 12}:{min:00}");
                }
            }

            // "10 a.m." answers "a las 10", "18.30 Uhr" answers "6:30 p.m.": the hour and the dotted time are numbers too.
            foreach (var key in keys.ToList())
            {
                var parts = key[2..].Split(':');
                var (hour, minutes) = (Int(parts[0]), Int(parts[1]));
                keys.Add(minutes == 0 ? $"n:{hour}" : Key(hour + minutes / 100.0));
            }

            // "1h30" is also a duration: "an hour and a half", "90 minutes".
            if (h < 10 && min > 0 && meridiem == ' ')
            {
                keys.Add(Key(h + min / 60.0));
                keys.Add(Key(h * 60 + min));
            }

            result.Add(new(start + m.Index, start + m.Index + m.Length, keys, false) { Digits = true });
            claimed.Add((m.Index, m.Index + m.Length));
        }

        foreach (Match m in Number().Matches(slice))
        {
            if (!Free(claimed, m))
            {
                continue;
            }

            var values = Values(m.Groups["n"].Value, language != "en");
            if (values.Count == 0)
            {
                continue;
            }

            var mEnd = m.Index + m.Length;
            var multiplier = 1.0;
            if (m.Groups["mult"].Success && Multipliers(language).TryGetValue(m.Groups["mult"].Value.ToLowerInvariant().TrimEnd('.'), out var mult))
            {
                multiplier = mult;
            }
            else if (m.Groups["mult"].Success)
            {
                mEnd = m.Groups["mult"].Index;
                while (mEnd > m.Index && char.IsWhiteSpace(slice[mEnd - 1]))
                {
                    mEnd--;
                }
            }

            result.Add(new(start + m.Index, start + mEnd, [.. values.Select(v => Key(v * multiplier))], false) { Digits = true });
            claimed.Add((m.Index, mEnd));
        }

        ReadWords(text, start, end, language, claimed, result);
        result.Sort((x, y) => x.Start.CompareTo(y.Start));
        Finish(text, result);
        return result;
    }

    /// <summary>Durations in words: "demi-heure" = "half an hour" = 30 minutes, "hora y media" = "an hour and a half".</summary>
    private static void ReadDurations(string slice, int start, string language, List<(int Start, int End)> claimed, List<NumberMention> result)
    {
        foreach (Match m in Durations(language).Matches(slice))
        {
            if (!Free(claimed, m))
            {
                continue;
            }

            var minutes = m.Groups["half"].Success ? 30 : m.Groups["quarter"].Success ? 15 : 90;
            string[] keys = minutes == 90 ? [Key(1.5), Key(90), "t:1:30"] : [Key(minutes / 60.0), Key(minutes)];
            result.Add(new(start + m.Index, start + m.Index + m.Length, keys, true));
            claimed.Add((m.Index, m.Index + m.Length));
        }
    }

    private static Regex Durations(string language) => language switch
    {
        "fr" => FrenchDurations(),
        "es" => SpanishDurations(),
        "de" => GermanDurations(),
        _ => EnglishDurations(),
    };

    /// <summary>
    /// A proportion, "neuf écoles sur dix" / "nueve de cada diez" / "neun von zehn" / "nine in ten": the numerator
    /// answers for the percentage too ("90%"), and the denominator is part of it: not a number the other side must have.
    /// </summary>
    private static void Finish(string text, List<NumberMention> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (a, b) = (result[i], result[i + 1]);
            if (b.Start <= a.End || b.Keys.Count == 0 || !Proportion().IsMatch(text.AsSpan(a.End, b.Start - a.End)))
            {
                continue;
            }

            var numerator = a.Keys.Where(k => k.StartsWith("n:", StringComparison.Ordinal)).Select(k => double.Parse(k[2..], CultureInfo.InvariantCulture)).ToList();
            var denominator = b.Keys[0].StartsWith("n:", StringComparison.Ordinal) ? double.Parse(b.Keys[0][2..], CultureInfo.InvariantCulture) : 0;
            // "une croissance de 2,6", "eine Steigerung von 5" are no proportion: an article is no numerator, a decimal no denominator.
            if (denominator is not (>= 2 and <= 10 or 100 or 1000) || denominator != Math.Floor(denominator) || numerator.Count == 0
                || numerator.Any(n => n >= denominator) || (a.Soft && a.Keys.Contains("n:1")))
            {
                continue;
            }

            // The denominator stays to meet its counterpart ("4 sur une échelle de 5") but is never flagged for lacking one.
            result[i] = a with { Keys = [.. a.Keys, .. numerator.Select(n => Key(Math.Round(n / denominator * 100, 1)))] };
            result[i + 1] = b with { Soft = true, Digits = false };
        }
    }

    private static void ReadWords(string text, int start, int end, string language, List<(int Start, int End)> claimed, List<NumberMention> result)
    {
        var words = NumberWords.For(language);
        var spans = BilingualWords.Words(text, start, end);
        for (var i = 0; i < spans.Count; i++)
        {
            var w = spans[i];
            if (Overlaps(claimed, w.Start - start, w.End - start))
            {
                continue;
            }

            // "d'octobre", "l'an": the elision is not part of the number.
            var word = BilingualWords.WithoutElision(text[w.Start..w.End]);
            w = new TextSpan(w.End - word.Length, w.End);
            if (!NumberWords.TryRead(words, word, out var value, out var soft))
            {
                // "mid-June", "five-day", "Zwei-Drittel": a number or month inside a compound.
                var hyphen = word.IndexOf('-', StringComparison.Ordinal);
                var part = hyphen < 0 ? -1 : Array.FindIndex(word.Split('-'), p => NumberWords.TryRead(words, p, out _, out _));
                if (part < 0)
                {
                    continue;
                }

                var pieces = word.Split('-');
                NumberWords.TryRead(words, pieces[part], out value, out soft);
                var offset = pieces.Take(part).Sum(p => p.Length + 1);
                result.Add(new(w.Start + offset, w.Start + offset + pieces[part].Length, value <= -100 ? [$"d:{-value - 100}"] : value < 0 ? [$"m:{-value}"] : [Key(value)], soft));
                continue;
            }

            var wordEnd = w.End;

            // "treinta y cinco", "vingt et un": tens and units in words.
            if (i + 2 < spans.Count && value is >= 20 and < 100 && value % 10 == 0 && text[spans[i + 1].Start..spans[i + 1].End] is "y" or "et" or "and"
                && NumberWords.TryRead(words, text[spans[i + 2].Start..spans[i + 2].End], out var unit, out _) && unit is >= 1 and <= 9)
            {
                value += unit;
                wordEnd = spans[i + 2].End;
                i += 2;
            }

            // "deux millions", "two hundred", "zwei Millionen".
            if (i + 1 < spans.Count && spans[i + 1].Length > 2 && Multipliers(language).TryGetValue(text[spans[i + 1].Start..spans[i + 1].End].ToLowerInvariant(), out var mult))
            {
                value *= mult;
                wordEnd = spans[i + 1].End;
                i++;
                soft = false;
            }

            // "a" is a number only as "a million".
            if (word is "a" or "A" && wordEnd == w.End)
            {
                continue;
            }

            var keys = value <= -100 ? [$"d:{-value - 100}"] : value < 0 ? [$"m:{-value}"] : new[] { Key(value) };
            if (wordEnd == w.End && NumberWords.Also(language, word) is { } also)
            {
                keys = [.. keys, Key(also)];
            }

            // "las seis de la tarde", "six heures du soir", "sechs Uhr abends": an hour in words is the time "6 p.m.".
            if (wordEnd == w.End && value is >= 1 and <= 12 && value == Math.Floor(value) && DayPart(text, wordEnd) is { } afternoon)
            {
                var hour = afternoon && value < 12 ? value + 12 : value;
                keys = [.. keys, $"t:{hour}:00", Key(hour)];
            }

            result.Add(new(w.Start, wordEnd, keys, soft));
        }
    }

    /// <summary>Whether an hour in words is followed by an afternoon or evening phrase (true) or a morning one (false).</summary>
    private static bool? DayPart(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(32, text.Length - end)).TrimStart();
        foreach (var (phrase, afternoon) in DayParts)
        {
            if (after.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return afternoon;
            }
        }

        return null;
    }

    private static readonly (string Phrase, bool Afternoon)[] DayParts =
    [
        ("de la tarde", true), ("de la noche", true), ("de la mañana", false), ("de la madrugada", false),
        ("heures du soir", true), ("heures de l'après-midi", true), ("heures de l’après-midi", true), ("heures du matin", false),
        ("du soir", true), ("de l'après-midi", true), ("de l’après-midi", true), ("du matin", false),
        ("Uhr abends", true), ("Uhr nachmittags", true), ("Uhr morgens", false), ("Uhr früh", false),
        ("abends", true), ("nachmittags", true), ("morgens", false),
    ];

    /// <summary>The values a digit string can have: dots and commas as thousands or decimals, whichever fits.</summary>
    /// <param name="continental">A French, Spanish or German text: "3.200" is three thousand two hundred there, never 3.2.</param>
    private static List<double> Values(string raw, bool continental)
    {
        var result = new List<double>();
        if (continental && TryParse(raw.Replace("\u00A0", " ", StringComparison.Ordinal).Replace("\u202F", " ", StringComparison.Ordinal), ".", ",", out var local) && raw.Contains('.', StringComparison.Ordinal))
        {
            return [local];
        }

        var cleaned = raw.Replace("\u00A0", " ", StringComparison.Ordinal).Replace("\u202F", " ", StringComparison.Ordinal).Replace("’", "'", StringComparison.Ordinal);
        foreach (var (thousands, decimals) in new[] { (".", ","), (",", "."), (" ", ","), (" ", "."), ("'", ".") })
        {
            if (TryParse(cleaned, thousands, decimals, out var v) && !result.Contains(v))
            {
                result.Add(v);
            }
        }

        return result;
    }

    private static bool TryParse(string s, string thousands, string decimals, out double value)
    {
        value = 0;
        var dec = s.LastIndexOf(decimals, StringComparison.Ordinal);
        var intPart = dec >= 0 ? s[..dec] : s;
        var fracPart = dec >= 0 ? s[(dec + 1)..] : string.Empty;
        if (fracPart.Any(c => !char.IsAsciiDigit(c)) || (dec >= 0 && fracPart.Length == 0))
        {
            return false;
        }

        var groups = intPart.Split(thousands);
        if (groups.Any(g => g.Length == 0 || g.Any(c => !char.IsAsciiDigit(c))) || (groups.Length > 1 && (groups[0].Length > 3 || groups.Skip(1).Any(g => g.Length != 3))))
        {
            return false;
        }

        return double.TryParse(string.Concat(groups) + (fracPart.Length > 0 ? "." + fracPart : string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static string Key(double v) => "n:" + v.ToString("G6", CultureInfo.InvariantCulture);

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static int Year(string s) => s.Length == 2 ? 2000 + Int(s) : Int(s);

    private static bool Free(List<(int Start, int End)> claimed, Match m) => !Overlaps(claimed, m.Index, m.Index + m.Length);

    private static bool Overlaps(List<(int Start, int End)> claimed, int from, int to)
    {
        foreach (var c in claimed)
        {
            if (c.Start < to && from < c.End)
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, double> Multipliers(string language) => language switch
    {
        "fr" => NumberWords.FrenchMultipliers,
        "es" => NumberWords.SpanishMultipliers,
        "de" => NumberWords.GermanMultipliers,
        _ => NumberWords.EnglishMultipliers,
    };

    /// <summary>
    /// Marks what holds digits but is no amount: URLs, e-mail addresses, handles, hashtags (whole
    /// space-delimited chunks) and names with digits ("G7", "A320", "COVID-19": a word that opens with a letter).
    /// </summary>
    private static void ClaimExcluded(string slice, List<(int Start, int End)> claimed)
    {
        var i = 0;
        while (i < slice.Length)
        {
            if (char.IsWhiteSpace(slice[i]))
            {
                i++;
                continue;
            }

            var chunkStart = i;
            while (i < slice.Length && !char.IsWhiteSpace(slice[i]))
            {
                i++;
            }

            var chunk = slice.AsSpan(chunkStart, i - chunkStart);
            if (chunk.IndexOfAnyInRange('0', '9') < 0)
            {
                continue;
            }

            if (chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || chunk.Contains('@') || chunk[0] == '#')
            {
                claimed.Add((chunkStart, i));
                continue;
            }

            // Words inside the chunk that open with a letter and hold a digit: "G7", "A320", "COVID-19".
            for (var w = 0; w < chunk.Length;)
            {
                if (char.IsDigit(chunk[w]))
                {
                    // A run that opens with a digit is a number, perhaps with a unit or an ordinal: "14h30", "1er", "10km".
                    while (w < chunk.Length && char.IsLetterOrDigit(chunk[w]))
                    {
                        w++;
                    }

                    continue;
                }

                if (!char.IsLetter(chunk[w]))
                {
                    w++;
                    continue;
                }

                var ws = w;
                var digit = false;
                while (w < chunk.Length && (char.IsLetterOrDigit(chunk[w]) || (chunk[w] == '-' && w + 1 < chunk.Length && char.IsLetterOrDigit(chunk[w + 1]))))
                {
                    digit |= char.IsDigit(chunk[w]);
                    w++;
                }

                if (digit)
                {
                    claimed.Add((chunkStart + ws, chunkStart + w));
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![\d/.])(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>(?:19|20)\d\d|\d\d)(?![\d/]|\.\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DateSlash();

    /// <summary>Between a numerator and its denominator: up to two words, then "sur", "de cada", "von", "out of", "in", "of every".</summary>
    [GeneratedRegex(@"^\s+(?:[\p{L}'’-]+\s+){0,2}?(?:sur|de cada|von|out of|in|of every)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Proportion();

    [GeneratedRegex(@"\b(?:(?<half>half an hour|half-hour|half hour)|(?<quarter>quarter of an hour|quarter-hour)|(?:an|one) hour and a half|(?:one and a half|1\.5) hours)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex EnglishDurations();

    [GeneratedRegex(@"\b(?:(?<half>demi-heures?|demi heure)|(?<quarter>quart d'heure|quart d’heure)|(?:une|1) heure et demie)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex FrenchDurations();

    [GeneratedRegex(@"\b(?:(?<half>media hora|medias horas)|(?<quarter>cuarto de hora)|(?:una|1) hora y media)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex SpanishDurations();

    [GeneratedRegex(@"\b(?:(?<half>halbe[n]? Stunde|Halbstunde|halbstündig\w*)|(?<quarter>Viertelstunde)|(?:anderthalb|eineinhalb) Stunden)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex GermanDurations();

    [GeneratedRegex(@"(?<![\d:.,])(?<h>\d{1,2}):(?<min>[0-5]\d):(?<s>[0-5]\d)(?![\d:])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RaceTime();

    /// <summary>"14h30", "14 h 30", "9h", "14.30 Uhr", "14:30", "2:30 p.m.", "9 a.m.", "0412 GMT".</summary>
    [GeneratedRegex(@"(?<![\d.,:])(?:(?<h>[01]\d|2[0-3])(?<min>[0-5]\d)(?=\s?(?:GMT|UTC)\b)|(?<h>[01]?\d|2[0-3])\s?h\s?(?<min>[0-5]\d)?(?![\p{L}\d])|(?<h>[01]?\d|2[0-3])(?:[.:](?<min>[0-5]\d))?\s?(?:Uhr|horas|hrs|h)\b|(?<h>[01]?\d|2[0-3])(?<colon>:)(?<min>[0-5]\d)(?:\s?(?<ap>[ap])\.?\s?m\.?(?![\p{L}]))?(?!\d)|(?<h>1[0-2]|0?\d)(?:\.(?<min>[0-5]\d))?\s?(?<ap>[ap])\.?m\.?(?![\p{L}]))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Time();

    /// <summary>A digit string with thousands groups and decimals, an optional ordinal ending, and the multiplier word after it.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?<n>\d{1,3}(?:[.,\u00A0\u202F ’']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:er|re|e|ème|eme|st|nd|rd|th|º|ª|°)?(?:[\s-]?(?<mult>(?:millions?|milliards?|mill(?:ones|ón)|mill\.|mil|Mio\.?|Mrd\.?|Millionen|Million|Milliarden?|Billionen|Billion|billions?|trillions?|thousands?|hundred|mille|Tsd\.?|tausend|billones|billón)(?![\p{L}]))|(?<mult>bn|mn|m|k)(?![\p{L}]))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Number();
}
