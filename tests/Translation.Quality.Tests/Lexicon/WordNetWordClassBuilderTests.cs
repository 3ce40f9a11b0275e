using Translation.Quality.Lexicon;

namespace Translation.Quality.Tests.Lexicon;

public sealed class WordNetWordClassBuilderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tqa-wordnet-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void SemCor_counts_decide_and_uncounted_words_must_be_adjectives_only()
    {
        // index lines: lemma pos synset_cnt p_cnt ... (only the lemma is read).
        Write("index.noun", "  1 header line", "official n 2 0 2 0 1 2", "federal n 1 0 1 0 1", "wind n 1 0 1 0 1", "hybrid n 1 0 1 0 1");
        Write("index.verb", "wind v 1 0 1 0 1");
        Write("index.adj", "federal a 1 0 1 0 1", "official a 1 0 1 0 1", "solar a 1 0 1 0 1", "hybrid a 1 0 1 0 1", "ad_hoc a 1 0 1 0 1", "far-reaching a 1 0 1 0 1", "wind a 1 0 1 0 1");
        // federal: 48 adjectival uses and no noun use counted; official: a noun more often; wind: a noun and verb.
        Write("cntlist.rev", "federal%3:01:00:: 1 48", "official%1:18:00:: 1 26", "official%3:00:00:: 1 12", "wind%1:19:00:: 1 30", "wind%5:00:00:: 1 2");

        // solar and far-reaching are adjectives only; hybrid is uncounted and a noun too; ad_hoc is not one word.
        Assert.Equal(["far-reaching", "federal", "solar"], WordNetWordClassBuilder.Build(_dir, "adjectives"));

        // wind is a verb in 0 of its 30 counted noun and verb uses here.
        Assert.Empty(WordNetWordClassBuilder.Build(_dir, "verbs"));
    }

    [Fact]
    public void Verbs_are_counted_the_same_way()
    {
        Write("index.noun", "take n 1 0 1 0 1", "plan n 1 0 1 0 1");
        Write("index.verb", "take v 1 0 1 0 1", "plan v 1 0 1 0 1", "improve v 1 0 1 0 1");
        Write("index.adj", "solar a 1 0 1 0 1");
        Write("cntlist.rev", "take%2:40:00:: 1 732", "take%1:04:00:: 1 3", "plan%1:09:00:: 1 79", "plan%2:31:00:: 1 90");

        // take: a verb in 732 of 735 uses; plan: in 90 of 169; improve: uncounted and a verb only.
        Assert.Equal(["improve", "take"], WordNetWordClassBuilder.Build(_dir, "verbs"));
        Assert.Throws<ArgumentException>(() => WordNetWordClassBuilder.Build(_dir, "nouns"));
    }

    [Fact]
    public void The_written_list_carries_the_WordNet_licence_and_reads_back()
    {
        using var writer = new StringWriter();
        WordNetWordClassBuilder.Write("adjectives", ["federal", "solar"], writer);
        var text = writer.ToString();
        Assert.Contains("# WordNet 3.0 Copyright 2006 by Princeton University.", text, StringComparison.Ordinal);
        var lexicon = WordClassLexicon.Read(new StringReader(text));
        Assert.Equal(2, lexicon.Count);
        Assert.True(lexicon.Contains("Federal"));
        Assert.False(lexicon.Contains("official"));
    }

    [Fact]
    public void A_folder_without_WordNet_is_a_clear_error()
    {
        var e = Assert.Throws<FileNotFoundException>(() => WordNetWordClassBuilder.Build(_dir, "adjectives"));
        Assert.Contains("index.noun", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_lists_know_relational_adjectives_and_verbs_and_leave_out_words_of_two_classes()
    {
        var adjectives = WordClassLexicon.Adjectives;
        Assert.True(adjectives.Count > 15_000);
        Assert.All(["federal", "agricultural", "judicial", "nuclear", "regional"], w => Assert.True(adjectives.Contains(w), w));
        Assert.All(["official", "executive", "open", "general", "capital"], w => Assert.False(adjectives.Contains(w), w));
        var verbs = WordClassLexicon.Verbs;
        Assert.True(verbs.Count > 4_000);
        Assert.All(["take", "find", "improve", "continue", "replace"], w => Assert.True(verbs.Contains(w), w));
        Assert.All(["market", "plan", "people", "work", "federal"], w => Assert.False(verbs.Contains(w), w));
    }

    private void Write(string name, params string[] lines) => File.WriteAllLines(Path.Combine(_dir, name), lines);
}
