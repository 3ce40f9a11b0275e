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

        // The same UTF-8 bytes as Encoding.UTF8.GetBytes, encoded in pieces into one reused buffer:
        // an unchanged rerun hashes every article, and a fresh array per field was most of its cost.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            var encoder = Utf8.GetEncoder();
            var chars = value.AsSpan();
            while (true)
            {
                encoder.Convert(chars, buffer, flush: true, out var used, out var written, out var completed);
                hash.AppendData(buffer.AsSpan(0, written));
                chars = chars[used..];
                if (completed && chars.IsEmpty)
                {
                    break;
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Room for 4,096 characters at 3 bytes each (a lone surrogate becomes U+FFFD, 3 bytes, as GetBytes does).</summary>
    private const int ChunkBytes = 3 * 4096;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
}
