using System.Security.Cryptography;
using System.Text;
using Translation.Quality.Documents;

namespace Translation.Quality.History;

/// <summary>
/// The hash that says an article is unchanged: everything the checks read (pair, text, source text
/// and alignment), not where it came from, so moving a file does not re-check it.
/// </summary>
public static class ContentHash
{
    public static string Of(Article article)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, article.SourceLanguage);
        Append(hash, article.TargetLanguage);
        Append(hash, article.Text);
        Append(hash, article.SourceText);
        foreach (var segment in article.Alignment)
        {
            Append(hash, segment.Id);
            Append(hash, $"{segment.TargetStart}:{segment.TargetEnd}");
            Append(hash, segment.Source);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Length-prefixed, so field boundaries cannot shift between versions.</summary>
    private static void Append(IncrementalHash hash, string? value)
    {
        Span<byte> length = stackalloc byte[5];
        if (value is null)
        {
            length[0] = 0;
            hash.AppendData(length[..1]);
            return;
        }

        length[0] = 1;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length[1..], value.Length);
        hash.AppendData(length);
        hash.AppendData(Encoding.UTF8.GetBytes(value));
    }
}
