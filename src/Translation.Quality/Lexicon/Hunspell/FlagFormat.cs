using System.Globalization;

namespace Translation.Quality.Lexicon.Hunspell;

/// <summary>How a Hunspell dictionary writes its flags (<c>FLAG</c> in the affix file).</summary>
internal enum FlagFormat
{
    /// <summary>One character per flag (the default).</summary>
    Char,

    /// <summary><c>FLAG long</c>: two characters per flag.</summary>
    Long,

    /// <summary><c>FLAG num</c>: decimal numbers separated by commas.</summary>
    Numeric,

    /// <summary><c>FLAG UTF-8</c>: one Unicode character per flag.</summary>
    Utf8,
}

internal static class FlagFormats
{
    public static FlagFormat Parse(string value) => value.ToUpperInvariant() switch
    {
        "LONG" => FlagFormat.Long,
        "NUM" => FlagFormat.Numeric,
        "UTF-8" => FlagFormat.Utf8,
        _ => throw new FormatException($"unknown FLAG type '{value}' (expected long, num or UTF-8)"),
    };

    /// <summary>The flags of a flag string, each as one number.</summary>
    public static int[] Split(FlagFormat format, string flags)
    {
        if (flags.Length == 0)
        {
            return [];
        }

        switch (format)
        {
            case FlagFormat.Long:
                var pairs = new int[(flags.Length + 1) / 2];
                for (var i = 0; i < pairs.Length; i++)
                {
                    pairs[i] = (flags[2 * i] << 16) | (2 * i + 1 < flags.Length ? flags[2 * i + 1] : 0);
                }

                return pairs;
            case FlagFormat.Numeric:
                return [.. flags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture))];
            case FlagFormat.Utf8:
                var runes = new List<int>();
                foreach (var rune in flags.EnumerateRunes())
                {
                    runes.Add(rune.Value);
                }

                return [.. runes];
            default:
                return [.. flags.Select(c => (int)c)];
        }
    }

    /// <summary>One flag written alone (a header's or a directive's flag).</summary>
    public static int Single(FlagFormat format, string flag)
    {
        var flags = Split(format, flag);
        return flags.Length == 1 ? flags[0] : throw new FormatException($"expected one flag, found '{flag}'");
    }
}
