using System.Security.Cryptography;
using System.Text;
using Translation.Quality.Documents;
using Translation.Quality.History;

namespace Translation.Quality.Tests.History;

/// <summary>The hash is the history's key: encoding it in pieces must give the bytes it always had.</summary>
public sealed class ContentHashTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(9000)]
    public void TextsOfAnyLength_HashAsTheWholeUtf8Bytes(int filler)
    {
        // A pair and a lone surrogate near every piece boundary, accents and CJK for the 2- and 3-byte forms.
        var text = new string('a', filler) + "\U0001F600 été 東京 \uD800 end" + new string('é', filler) + "\U0001F4F0";
        var article = new Article { Id = "x", Path = "p", SourceLanguage = "fr", TargetLanguage = "en", Text = text, SourceText = "Le texte source, été." };

        Assert.Equal(Reference(article), ContentHash.Of(article));
    }

    [Fact]
    public void ANullSourceText_DiffersFromAnEmptyOne()
    {
        var article = new Article { Id = "x", Path = "p", SourceLanguage = "fr", TargetLanguage = "en", Text = "Text." };

        Assert.NotEqual(ContentHash.Of(article), ContentHash.Of(article with { SourceText = string.Empty }));
        Assert.Equal(Reference(article), ContentHash.Of(article));
    }

    /// <summary>The hash as first written: each field length-prefixed, then its Encoding.UTF8.GetBytes.</summary>
    private static string Reference(Article article)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Append(string? value)
        {
            if (value is null)
            {
                hash.AppendData([0]);
                return;
            }

            var prefix = new byte[5];
            prefix[0] = 1;
            BitConverter.TryWriteBytes(prefix.AsSpan(1), value.Length);
            hash.AppendData(prefix);
            hash.AppendData(Encoding.UTF8.GetBytes(value));
        }

        Append(article.SourceLanguage);
        Append(article.TargetLanguage);
        Append(article.Text);
        Append(article.SourceText);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
