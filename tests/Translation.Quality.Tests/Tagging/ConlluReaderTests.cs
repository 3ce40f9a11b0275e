using Translation.Quality.Tagging;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Tagging;

public sealed class ConlluReaderTests
{
    private const string Sample =
        "# sent_id = 1\n" +
        "# text = I don't know.\n" +
        "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
        "3.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t4:conj\t_\n" +
        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" +
        "\n" +
        "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n";

    [Fact]
    public void SkipsCommentsRangesAndEmptyNodes()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample), "inline").ToList();

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["I", "do", "n't", "know", "."], sentences[0].Forms);
        Assert.Equal([PosTag.PRON, PosTag.AUX, PosTag.PART, PosTag.VERB, PosTag.PUNCT], sentences[0].Tags);
        Assert.Equal(["Yes"], sentences[1].Forms);
        Assert.Equal([PosTag.INTJ], sentences[1].Tags);
    }

    [Fact]
    public void MalformedLineNamesFileAndLine()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tqa-conllu-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(path, "# text = Hi there\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tthere only three fields\n\n");
        try
        {
            var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Read(path).ToList());

            Assert.Equal(path, error.FilePath);
            Assert.Equal(3, error.LineNumber);
            Assert.Contains($"{path}:3", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UnknownTagIsReportedWithItsLine()
    {
        var text = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tthere\tthere\tADVERB\tRB\t_\t1\tadvmod\t_\t_\n";

        var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Read(new StringReader(text), "inline.conllu").ToList());

        Assert.Equal(2, error.LineNumber);
        Assert.Contains("ADVERB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTheSample()
    {
        var sentences = SampleData.Sentences;

        Assert.Equal(149, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(s.Forms.Length, s.Tags.Length));
    }
}
