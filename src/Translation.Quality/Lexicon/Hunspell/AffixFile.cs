using System.Globalization;

namespace Translation.Quality.Lexicon.Hunspell;

/// <summary>
/// The parts of a Hunspell <c>.aff</c> file that word-form expansion needs: the flag format, the
/// PFX/SFX rules, flag aliases (<c>AF</c>) and the flags that mark special words (NEEDAFFIX,
/// CIRCUMFIX, FORBIDDENWORD, ONLYINCOMPOUND). Compounding, suggestion and conversion tables are
/// not read: tqa lists words, it does not check compounds.
/// </summary>
internal sealed class AffixFile
{
    public FlagFormat Format { get; private init; }

    public Dictionary<int, List<AffixRule>> Prefixes { get; } = [];

    public Dictionary<int, List<AffixRule>> Suffixes { get; } = [];

    /// <summary><c>AF</c> aliases: 1-based index → flags.</summary>
    public List<int[]> Aliases { get; } = [];

    public int? NeedAffix { get; private set; }

    public int? Circumfix { get; private set; }

    public int? Forbidden { get; private set; }

    public int? OnlyInCompound { get; private set; }

    public static AffixFile Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var format = FlagFormat.Char;
        foreach (var line in lines)
        {
            var parts = Fields(line);
            if (parts.Length >= 2 && parts[0] == "FLAG")
            {
                format = FlagFormats.Parse(parts[1]);
            }
        }

        var file = new AffixFile { Format = format };
        for (var n = 0; n < lines.Length; n++)
        {
            var parts = Fields(lines[n]);
            if (parts.Length < 2)
            {
                continue;
            }

            try
            {
                file.ReadDirective(parts, lines, ref n);
            }
            catch (FormatException e)
            {
                throw new FormatException($"{path}:{n + 1}: {e.Message}", e);
            }
        }

        return file;
    }

    /// <summary>The flags written after a word's slash (an alias number when the file has <c>AF</c>).</summary>
    public int[] FlagsOf(string flags)
    {
        if (Aliases.Count > 0 && int.TryParse(flags, NumberStyles.None, CultureInfo.InvariantCulture, out var alias) && alias >= 1 && alias <= Aliases.Count)
        {
            return Aliases[alias - 1];
        }

        return FlagFormats.Split(Format, flags);
    }

    private void ReadDirective(string[] parts, string[] lines, ref int n)
    {
        switch (parts[0])
        {
            case "NEEDAFFIX":
                NeedAffix = FlagFormats.Single(Format, parts[1]);
                break;
            case "CIRCUMFIX":
                Circumfix = FlagFormats.Single(Format, parts[1]);
                break;
            case "FORBIDDENWORD":
                Forbidden = FlagFormats.Single(Format, parts[1]);
                break;
            case "ONLYINCOMPOUND":
                OnlyInCompound = FlagFormats.Single(Format, parts[1]);
                break;
            case "AF" when parts.Length >= 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _):
                Aliases.Add(FlagFormats.Split(Format, parts[1]));
                break;
            case "PFX" or "SFX" when parts.Length >= 4 && parts[2] is "Y" or "N":
                var isPrefix = parts[0] == "PFX";
                var flag = FlagFormats.Single(Format, parts[1]);
                var cross = parts[2] == "Y";
                var count = int.Parse(parts[3], CultureInfo.InvariantCulture);
                var table = isPrefix ? Prefixes : Suffixes;
                if (!table.TryGetValue(flag, out var rules))
                {
                    table[flag] = rules = [];
                }

                for (var k = 0; k < count && n + 1 < lines.Length; k++)
                {
                    n++;
                    var rule = Fields(lines[n]);
                    if (rule.Length < 4 || rule[0] != parts[0])
                    {
                        throw new FormatException($"expected {count} {parts[0]} {parts[1]} lines, line {k + 1} is '{lines[n]}'");
                    }

                    rules.Add(ParseRule(rule, flag, isPrefix, cross));
                }

                break;
        }
    }

    private AffixRule ParseRule(string[] rule, int flag, bool isPrefix, bool cross)
    {
        var strip = rule[2] == "0" ? string.Empty : rule[2];
        var add = rule[3];
        var continuation = Array.Empty<int>();
        var slash = add.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            continuation = FlagsOf(add[(slash + 1)..]);
            add = add[..slash];
        }

        if (add == "0")
        {
            add = string.Empty;
        }

        var condition = rule.Length > 4 ? AffixCondition.Parse(rule[4]) : AffixCondition.Any;
        return new AffixRule(flag, isPrefix, cross, strip, add, condition, continuation);
    }

    private static string[] Fields(string line)
    {
        var hash = line.StartsWith('#') ? 0 : -1;
        return hash == 0 ? [] : line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }
}
