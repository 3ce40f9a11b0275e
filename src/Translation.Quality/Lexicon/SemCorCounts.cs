using System.Globalization;

namespace Translation.Quality.Lexicon;

/// <summary>
/// WordNet's SemCor sense counts (<c>cntlist.rev</c>): how often each sense of a lemma was tagged in
/// the SemCor corpus. A line is "federal%3:01:00:: 1 48": lemma, part of speech (1 noun, 2 verb,
/// 3 adjective, 4 adverb, 5 adjective satellite), lexicographer file, ..., sense number, tag count.
/// </summary>
internal static class SemCorCounts
{
    /// <summary>One counted sense: its lemma, part-of-speech digit, lexicographer file and tag count.</summary>
    public readonly record struct Sense(string Lemma, char Part, int LexFile, int Tags);

    /// <summary>The senses of the file, or none when WordNet came without it.</summary>
    public static IEnumerable<Sense> Read(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ');
            var key = parts[0];
            var percent = key.IndexOf('%', StringComparison.Ordinal);
            if (parts.Length < 3 || percent <= 0 || key.Length < percent + 6)
            {
                continue;
            }

            yield return new Sense(key[..percent], key[percent + 1], int.Parse(key.AsSpan(percent + 3, 2), CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        }
    }
}
