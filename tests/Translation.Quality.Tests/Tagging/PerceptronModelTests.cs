using Translation.Quality.Tagging;

namespace Translation.Quality.Tests.Tagging;

public sealed class PerceptronModelTests
{
    private static readonly TaggerTrainingOptions Tiny = new() { Epochs = 3, Buckets = 1 << 14, Seed = 7 };

    [Fact]
    public void TrainSaveLoadGivesIdenticalTags()
    {
        var sentences = SampleData.Sentences;
        var progress = new List<string>();
        var model = TaggerTrainer.Train(sentences, Tiny, new InlineProgress(progress.Add));

        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        var loaded = PerceptronModel.Load(buffer);

        Assert.Equal(model.Buckets, loaded.Buckets);
        Assert.Equal(model.TagDictionarySize, loaded.TagDictionarySize);
        Assert.Equal(model.LexiconSize, loaded.LexiconSize);
        var before = new PerceptronTagger(model);
        var after = new PerceptronTagger(loaded);
        foreach (var sentence in sentences)
        {
            var text = string.Join(' ', sentence.Forms);
            var tokens = Translation.Quality.Text.Tokenizer.Tokenize(text);
            Assert.Equal(before.Tag(text, tokens), after.Tag(text, tokens));
        }

        Assert.Equal(4, progress.Count); // summary line + one per epoch
        Assert.True(TaggerEvaluator.Evaluate(after, sentences).Accuracy > 0.9, "a model should fit its own training data");
    }

    [Fact]
    public void TrainingIsDeterministic()
    {
        var sentences = SampleData.Sentences;

        Assert.Equal(Bytes(TaggerTrainer.Train(sentences, Tiny)), Bytes(TaggerTrainer.Train(sentences, Tiny)));
    }

    [Fact]
    public void TheShippedModelPassesItsChecksum()
    {
        // Loading the embedded model skips the checksum at run time; this is where it is checked.
        using var stream = typeof(PerceptronModel).Assembly.GetManifestResourceStream(PerceptronModel.ResourceName)!;
        var verified = PerceptronModel.Load(stream);

        Assert.Equal(PerceptronModel.LoadEmbedded().Buckets, verified.Buckets);
    }

    [Fact]
    public void CorruptedModelIsRejected()
    {
        var bytes = Bytes(TaggerTrainer.Train(SampleData.Sentences.Take(20).ToList(), Tiny with { Epochs = 1 }));

        var badMagic = (byte[])bytes.Clone();
        badMagic[0] = (byte)'X';
        Assert.Throws<InvalidDataException>(() => PerceptronModel.Load(new MemoryStream(badMagic)));

        var badChecksum = (byte[])bytes.Clone();
        badChecksum[36] ^= 0x01; // the checksum field of the 44-byte header
        Assert.Throws<InvalidDataException>(() => PerceptronModel.Load(new MemoryStream(badChecksum)));

        Assert.Throws<InvalidDataException>(() => PerceptronModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));

        var badPayload = (byte[])bytes.Clone();
        for (var i = 44; i < badPayload.Length; i += 97)
        {
            badPayload[i] ^= 0x5A;
        }

        Assert.Throws<InvalidDataException>(() => PerceptronModel.Load(new MemoryStream(badPayload)));
    }

    [Fact]
    public void EvaluationSerialisesToTheCliShape()
    {
        var evaluation = TaggerEvaluator.Evaluate(PerceptronTagger.Default, SampleData.Sentences.Take(10));

        using var json = System.Text.Json.JsonDocument.Parse(evaluation.ToJson());
        var root = json.RootElement;
        Assert.Equal(evaluation.Tokens, root.GetProperty("tokens").GetInt32());
        Assert.Equal(evaluation.Accuracy, root.GetProperty("accuracy").GetDouble());
        Assert.True(root.GetProperty("perTag").TryGetProperty("NOUN", out var noun));
        Assert.True(noun.TryGetProperty("f1", out _));
        Assert.True(root.TryGetProperty("propnAccuracy", out _));
        Assert.True(root.TryGetProperty("sentenceInitialCapitalAccuracy", out _));
    }

    private static byte[] Bytes(PerceptronModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private sealed class InlineProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
