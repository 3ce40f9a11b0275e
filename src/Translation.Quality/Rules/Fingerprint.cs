using System.Security.Cryptography;
using System.Text;

namespace Translation.Quality.Rules;

/// <summary>
/// A finding's identity for review decisions: the rule, the flagged words and the sentence they
/// sit in (whitespace folded, case kept). Edits elsewhere in the article leave it unchanged.
/// </summary>
public static class Fingerprint
{
    public static string Compute(string ruleId, ReadOnlySpan<char> flagged, ReadOnlySpan<char> sentence, int occurrence)
    {
        var builder = new StringBuilder(ruleId.Length + flagged.Length + sentence.Length + 8);
        builder.Append(ruleId).Append('\u001F');
        AppendFolded(builder, flagged);
        builder.Append('\u001F');
        AppendFolded(builder, sentence);
        builder.Append('\u001F').Append(occurrence);
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    private static void AppendFolded(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }
    }
}
