using Translation.Quality.Tagging;
using Translation.Quality.Tests.Tagging;
using Translation.Quality.WordOrder;

namespace Translation.Quality.Tests.WordOrder;

public sealed class WordOrderModelTests
{
    [Fact]
    public void Training_is_deterministic_and_a_saved_model_loads_back_the_same()
    {
        var sentences = SampleData.Sentences;
        var first = Save(WordOrderTrainer.Train(sentences, new WordOrderTrainingOptions { MinWordCount = 2 }));
        var second = Save(WordOrderTrainer.Train(sentences, new WordOrderTrainingOptions { MinWordCount = 2 }));

        Assert.Equal(first, second);
        var loaded = WordOrderModel.Load(new MemoryStream(first));
        Assert.NotEmpty(loaded.Vocabulary);
        Assert.Equal(first, Save(loaded));
    }

    [Fact]
    public void A_higher_minimum_count_gives_a_smaller_vocabulary()
    {
        var small = WordOrderTrainer.Train(SampleData.Sentences, new WordOrderTrainingOptions { MinWordCount = 5 });
        var large = WordOrderTrainer.Train(SampleData.Sentences, new WordOrderTrainingOptions { MinWordCount = 1 });

        Assert.True(small.Vocabulary.Count < large.Vocabulary.Count, $"{small.Vocabulary.Count} vs {large.Vocabulary.Count}");
    }

    [Fact]
    public void The_shipped_model_passes_its_checksum()
    {
        // Loading the embedded model skips the checksum at run time; this is where it is checked.
        using var stream = typeof(WordOrderModel).Assembly.GetManifestResourceStream(WordOrderModel.ResourceName)!;
        var verified = WordOrderModel.Load(stream);

        Assert.Equal(WordOrderModel.LoadEmbedded().Vocabulary, verified.Vocabulary);
    }

    [Fact]
    public void A_corrupted_payload_is_refused_by_its_checksum()
    {
        var bytes = Save(WordOrderTrainer.Train(SampleData.Sentences, new WordOrderTrainingOptions()));

        // Re-compressing a changed payload would pass Brotli; flipping a header checksum byte must not pass.
        bytes[16] ^= 0xFF;

        var e = Assert.Throws<InvalidDataException>(() => WordOrderModel.Load(new MemoryStream(bytes)));
        Assert.Contains("checksum", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 }, "truncated")]
    [InlineData(new byte[] { (byte)'T', (byte)'Q', (byte)'P', (byte)'T', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "bad magic")]
    public void A_file_that_is_no_model_is_refused_with_a_reason(byte[] bytes, string reason)
    {
        var e = Assert.Throws<InvalidDataException>(() => WordOrderModel.Load(new MemoryStream(bytes)));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_model_is_compact_and_knows_common_words()
    {
        using var stream = typeof(WordOrderModel).Assembly.GetManifestResourceStream(WordOrderModel.ResourceName)!;

        Assert.InRange(stream.Length, 100_000, 3_000_000);
        var model = WordOrderModel.Default;
        Assert.Contains("the", model.Vocabulary);
        Assert.Contains("least", model.Vocabulary);
        Assert.True(model.UnitTrigrams > 100_000, $"{model.UnitTrigrams} unit trigrams");
    }

    private static byte[] Save(WordOrderModel model)
    {
        var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
