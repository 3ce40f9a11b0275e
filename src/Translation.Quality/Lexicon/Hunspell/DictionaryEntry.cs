namespace Translation.Quality.Lexicon.Hunspell;

/// <summary>One stem of a Hunspell <c>.dic</c> file with its flags.</summary>
internal readonly record struct DictionaryEntry(string Stem, int[] Flags)
{
    /// <summary>Reads a <c>.dic</c> file: a count line, then "stem/FLAGS" (a '\/' is a literal slash), morphology after white space ignored.</summary>
    public static IEnumerable<DictionaryEntry> Read(string path, AffixFile affixes)
    {
        var first = true;
        foreach (var raw in File.ReadLines(path))
        {
            if (first)
            {
                first = false;
                if (raw.Trim().All(char.IsAsciiDigit))
                {
                    continue;
                }
            }

            var line = raw;
            var end = line.IndexOfAny([' ', '\t']);
            if (end == 0)
            {
                continue;
            }

            if (end > 0)
            {
                line = line[..end];
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var slash = -1;
            for (var i = 1; i < line.Length; i++)
            {
                if (line[i] == '/' && line[i - 1] != '\\')
                {
                    slash = i;
                    break;
                }
            }

            var stem = (slash < 0 ? line : line[..slash]).Replace("\\/", "/", StringComparison.Ordinal);
            var flags = slash < 0 ? [] : affixes.FlagsOf(line[(slash + 1)..]);
            yield return new DictionaryEntry(stem, flags);
        }
    }
}
