using Moq;
using Translation.Quality.Documents;
using Translation.Quality.Language;
using Translation.Quality.Text;

namespace Translation.Quality.Tests.Language;

public sealed class LinguaLanguageIdentifierTests
{
    private static readonly string[] Languages = ["en", "fr", "es", "de"];

    /// <summary>One real Lingua identifier for the class: its models load once.</summary>
    private static readonly LinguaLanguageIdentifier Shared = new(Languages);

    [Theory]
    [InlineData("The minister said on Friday that the talks with the unions would resume next week.")]
    [InlineData("Officials have not yet said how many people were hurt in the blast.")]
    [InlineData("It was the third attack on the port this month, according to the navy.")]
    public void Clear_English_skips_the_detector(string sentence)
    {
        var detector = new Mock<ILanguageDetector>(MockBehavior.Strict);
        detector.SetupGet(d => d.Languages).Returns(Languages);
        var identifier = new LinguaLanguageIdentifier(Languages, detector.Object);

        var guess = identifier.Identify(sentence);

        Assert.Equal("en", guess.Language);
        Assert.Equal(LinguaLanguageIdentifier.PrefilterConfidence, guess.Confidence);
        detector.Verify(d => d.Rank(It.IsAny<string>()), Times.Never);
        Assert.Equal(0, identifier.DetectorCalls);
        Assert.Equal(1, identifier.PrefilterHits);
    }

    [Fact]
    public void Without_the_prefilter_the_detector_decides()
    {
        var detector = new Mock<ILanguageDetector>();
        detector.SetupGet(d => d.Languages).Returns(Languages);
        detector.Setup(d => d.Rank(It.IsAny<string>())).Returns([new LanguageGuess("en", 0.8), new LanguageGuess("fr", 0.2)]);
        var identifier = new LinguaLanguageIdentifier(Languages, detector.Object) { UsePrefilter = false };

        var guess = identifier.Identify("The minister said the talks would resume.");

        Assert.Equal(new LanguageGuess("en", 0.8), guess);
        detector.Verify(d => d.Rank("The minister said the talks would resume."), Times.Once);
        Assert.Equal(1, identifier.DetectorCalls);
    }

    [Fact]
    public void A_sentence_with_source_function_words_goes_to_the_detector()
    {
        var detector = new Mock<ILanguageDetector>();
        detector.SetupGet(d => d.Languages).Returns(Languages);
        detector.Setup(d => d.Rank(It.IsAny<string>())).Returns([new LanguageGuess("fr", 0.9)]);
        var identifier = new LinguaLanguageIdentifier(Languages, detector.Object);

        var guess = identifier.Identify("Le gouvernement a annoncé que les négociations reprendront lundi.");

        Assert.Equal("fr", guess.Language);
        Assert.Equal(1, identifier.DetectorCalls);
        Assert.Equal(0, identifier.PrefilterHits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Russia.")]
    [InlineData("— 2023 —")]
    [InlineData("North Korea.")]
    [InlineData("MADRID, March 3 (Reuters) -")]
    [InlineData("Kim Jong Un Visits Komsomolsk Aircraft Plant")]
    public void Too_short_or_not_running_text_is_unknown_without_the_detector(string text)
    {
        var detector = new Mock<ILanguageDetector>(MockBehavior.Strict);
        detector.SetupGet(d => d.Languages).Returns(Languages);
        var identifier = new LinguaLanguageIdentifier(Languages, detector.Object);
        Assert.Equal(LanguageGuess.Unknown, identifier.Identify(text));
        Assert.Equal(0, identifier.DetectorCalls);
    }

    [Theory]
    [InlineData("Le gouvernement a annoncé mardi que les négociations avec les syndicats reprendront la semaine prochaine.", "fr")]
    [InlineData("El Gobierno anunció el martes que las negociaciones con los sindicatos se reanudarán la próxima semana.", "es")]
    [InlineData("Die Regierung kündigte am Dienstag an, dass die Verhandlungen mit den Gewerkschaften nächste Woche fortgesetzt werden.", "de")]
    [InlineData("Negotiations resumed quietly overnight between both delegations.", "en")]
    public void Lingua_identifies_the_configured_languages(string sentence, string expected)
    {
        var guess = Shared.Identify(sentence);
        Assert.Equal(expected, guess.Language);
        Assert.InRange(guess.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Answers_only_with_configured_languages()
    {
        var identifier = new LinguaLanguageIdentifier(["en", "fr"]);
        var guess = identifier.Identify("Die Regierung kündigte am Dienstag neue Verhandlungen mit den Gewerkschaften an.");
        Assert.Contains(guess.Language, new[] { "en", "fr" });
    }

    [Fact]
    public void Is_safe_to_share_between_threads()
    {
        var identifier = new LinguaLanguageIdentifier(Languages);
        string[] sentences =
        [
            "Le gouvernement a annoncé que les négociations reprendront lundi.",
            "El Gobierno anunció que las negociaciones se reanudarán el lunes.",
            "The government said the talks would resume on Monday.",
        ];
        var results = new LanguageGuess[60];
        Parallel.For(0, results.Length, i => results[i] = identifier.Identify(sentences[i % 3]));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(new[] { "fr", "es", "en" }[i % 3], results[i].Language);
        }
    }

    [Theory]
    [InlineData("The minister left the room, qui a refusé de commenter.", "fr", "qui a refusé de commenter")]
    [InlineData("The talks failed, que no ha dado detalles sobre el acuerdo, officials said.", "es", "que no ha dado detalles sobre el acuerdo")]
    [InlineData("The chancellor said the plan, das von der Regierung vorgelegt wurde, would pass.", "de", "das von der Regierung vorgelegt wurde")]
    [InlineData("The minister told farmers: “nous ne céderons pas sur ce point.”", "fr", "nous ne céderons pas sur ce point")]
    public void Finds_an_untranslated_clause_with_its_offsets(string sentence, string language, string expected)
    {
        var runs = Shared.FindForeignRuns(sentence, "en", [language]);

        var run = Assert.Single(runs);
        Assert.Equal(language, run.Language);
        Assert.Equal(expected, sentence[run.Start..run.End]);
        Assert.Equal(sentence.IndexOf(expected, StringComparison.Ordinal), run.Start);
        Assert.InRange(run.Confidence, ForeignRunFinder.MinConfidence, 1.0);
    }

    [Theory]
    [InlineData("Jean-Luc Mélenchon, the leader of La France insoumise, called the vote a coup d'état.")]
    [InlineData("Real Madrid beat Atlético de Madrid in the final at the Santiago Bernabéu.")]
    [InlineData("The junta imposed a de facto ban on rallies near the Place de la Concorde.")]
    [InlineData("The mayor of Rio de Janeiro called it a fait accompli.")]
    [InlineData("Officials in Frankfurt am Main said the Alternative für Deutschland had won.")]
    [InlineData("The minister said the talks would resume next week.")]
    [InlineData("The Banco de la República raised rates, while officials in Ciudad de México said nothing.")]
    [InlineData("The film, titled \"Les choses de la vie\", opens on Friday.")]
    [InlineData("Marine Le Pen said the Rassemblement national would vote against it, Le Monde reported.")]
    [InlineData("Die Linke and the Greens walked out of the Bundestag before the vote.")]
    [InlineData("He was declared persona non grata and left within 48 hours.")]
    public void Clean_English_with_names_and_loanwords_has_no_run(string sentence)
    {
        Assert.Empty(Shared.FindForeignRuns(sentence, "en", ["fr", "es", "de"]));
    }

    [Fact]
    public void Cues_alone_are_not_enough_the_detector_must_agree()
    {
        var detector = new Mock<ILanguageDetector>();
        detector.SetupGet(d => d.Languages).Returns(Languages);
        detector.Setup(d => d.Rank(It.IsAny<string>())).Returns([new LanguageGuess("en", 0.7), new LanguageGuess("fr", 0.3)]);
        var identifier = new LinguaLanguageIdentifier(Languages, detector.Object);

        Assert.Empty(identifier.FindForeignRuns("The minister left, qui a refusé de commenter.", "en", ["fr"]));
        detector.Verify(d => d.Rank("qui a refusé de commenter"), Times.Once);
    }

    [Fact]
    public void Analyzed_text_exposes_sentence_languages_and_runs_with_article_offsets()
    {
        const string text = "PARIS (AFP) – The minister spoke for an hour on Monday. Le gouvernement a annoncé que les négociations reprendront. He left the room, qui a refusé de commenter.";
        var article = new Article { Id = "a", Path = "a.txt", SourceLanguage = "fr", TargetLanguage = "en", Text = text };
        var analysis = AnalyzedText.Analyze(article, languageIdentifier: Shared);

        Assert.Equal(4, analysis.Sentences.Length);
        Assert.Equal("en", analysis.LanguageOf(1).Language);
        Assert.Equal("fr", analysis.LanguageOf(2).Language);
        var run = Assert.Single(analysis.ForeignRunsOf(3));
        Assert.Equal("qui a refusé de commenter", text[run.Start..run.End]);
    }
}
