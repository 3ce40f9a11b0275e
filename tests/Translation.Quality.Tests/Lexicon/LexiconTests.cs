using Translation.Quality.Cli;
using Translation.Quality.Lexicon;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Lexicon;

public sealed class LexiconTests
{
    [Fact]
    public void A_lexicon_file_round_trips_and_is_looked_up_by_span()
    {
        var stream = new MemoryStream();
        LexiconFile.Write(stream, "xx", [new("grève", WordFlags.Lower | WordFlags.Dictionary, 0), new("the", WordFlags.Lower | WordFlags.Stopword, 7)]);
        stream.Position = 0;

        var (language, table) = LexiconFile.Read(stream, "test");

        Assert.Equal("xx", language);
        Assert.Equal(2, table.Count);
        Assert.Equal(WordFlags.Lower | WordFlags.Dictionary, table.FlagsOf("grève".AsSpan()));
        Assert.Equal(7, table.BandOf("xx the yy".AsSpan(3, 3)));
        Assert.False(table.Contains("greve"));
        Assert.True(WordKey.Find(table, "GRÈVE") >= 0);
    }

    [Theory]
    [InlineData("es", "alcaldes", "periphery")]
    [InlineData("de", "wohnungsbau", "household")]
    [InlineData("fr", "boulangerie", "strawberry")]
    public void Letter_odds_tell_a_languages_spelling_from_English(string language, string foreign, string english)
    {
        Assert.True(LetterModel.LogOdds(language, foreign) > 0.5, foreign);
        Assert.True(LetterModel.LogOdds(language, english) < 0, english);
        Assert.Equal(0, LetterModel.LogOdds("xx", foreign));
    }

    [Fact]
    public void A_file_that_is_not_a_lexicon_is_refused_with_its_name()
    {
        var stream = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write("hello\tworld\n"u8);
        }

        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => LexiconFile.Read(stream, "broken.lex.br"));
        Assert.Contains("broken.lex.br", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("government", true)]
    [InlineData("colour", true)]
    [InlineData("color", true)]
    [InlineData("résumé", true)]
    [InlineData("goverment", false)]
    [InlineData("grève", false)]
    public void The_shipped_English_lexicon_knows_both_spellings_and_not_typos(string word, bool english)
    {
        Assert.Equal(english, EnglishEvidence.Of(Lexicons.English, word).IsEnglish(2, 4, lowerCase: true));
    }

    [Fact]
    public void The_shipped_lexicons_rank_frequent_English_words_high_and_know_source_forms()
    {
        Assert.True(Lexicons.English.BandOf("the") >= 6);
        Assert.True(Lexicons.English.BandOf("government") > Lexicons.English.BandOf("gubernatorial"));
        Assert.True((Lexicons.For("fr")!.FlagsOf("maisons") & WordFlags.Dictionary) != 0);
        Assert.True((Lexicons.For("es")!.FlagsOf("huelga") & WordFlags.Dictionary) != 0);
        Assert.True((Lexicons.For("de")!.FlagsOf("gestrichen") & WordFlags.Dictionary) != 0);
        Assert.True((Lexicons.For("de")!.FlagsOf("und") & WordFlags.Stopword) != 0);
        Assert.Null(Lexicons.For("xx"));
    }

    [Fact]
    public void Suggestions_prefer_the_same_first_letter_then_frequency()
    {
        var suggester = new SpellingSuggester(Lexicons.English, 3);
        Assert.Equal(("visited", 1), suggester.Suggest("visted", 2));
        Assert.Equal(("government", 1), suggester.Suggest("goverment", 2));
        Assert.Equal(("environmental", 1), suggester.Suggest("enviromental", 2));
        Assert.Null(suggester.Suggest("zqxwvy", 2));
    }

    [Fact]
    public async Task Lexicon_build_without_its_sources_is_a_usage_error_naming_what_is_missing()
    {
        using var dir = new TempDir();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["lexicon", "build", "--from", dir.Path, "--out", Path.Combine(dir.Path, "out")], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("dictionary-en/index.aff", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("wamerican-huge", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
    }

    [Fact]
    public async Task Lexicon_build_from_a_folder_that_does_not_exist_is_a_usage_error()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["lexicon", "build", "--from", "/no/such/folder", "--out", "/tmp/x"], new StringWriter(), stderr));
        Assert.Contains("/no/such/folder", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lexicon_lookup_shows_what_each_lexicon_knows()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["lexicon", "lookup", "grève"], stdout, new StringWriter()));
        Assert.Contains("grève\tfr\tLower, Dictionary", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("grève\ten\t-", stdout.ToString(), StringComparison.Ordinal);
    }
}
