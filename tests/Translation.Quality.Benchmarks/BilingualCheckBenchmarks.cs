using BenchmarkDotNet.Attributes;
using Translation.Quality.Alignment;
using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Language;
using Translation.Quality.Rules;
using Translation.Quality.Tagging;
using Translation.Quality.Text;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// The check stage (every built-in rule of the pair) on the same 1 MB of fr-en copy, once monolingual and
/// once with its source: what the bilingual kinds and the alignment they need add. Articles are analysed in
/// the setup, so only alignment and rules are timed. Target: bilingual no more than 15 % slower.
/// </summary>
// Not sealed: BenchmarkDotNet generates a subclass.
[MemoryDiagnoser]
public class BilingualCheckBenchmarks
{
    /// <summary>Written for this benchmark: a French dispatch and its English translation, paragraph for paragraph.</summary>
    private const string Source =
        "Le conseil municipal de Grenoble a adopté mardi un budget de 14,2 millions d'euros pour la rénovation des écoles. " +
        "Les travaux débuteront le 3 mars et dureront dix-huit mois, selon le maire, Claire Vasseur.\n\n" +
        "« Nous ne pouvons plus attendre », a déclaré Mme Vasseur devant quelque 200 parents réunis à l'hôtel de ville. " +
        "L'opposition n'a pas voté le texte, jugeant le calendrier trop serré.\n\n" +
        "Le chantier concernera 12 établissements et 4.300 élèves. Le détail est en ligne sur www.grenoble.fr (#ÉcolesGrenoble).";

    private const string Target =
        "Grenoble city council on Tuesday adopted a budget of 14.2 million euros to renovate schools. " +
        "Work will begin on March 3 and last eighteen months, according to the mayor, Claire Vasseur.\n\n" +
        "“We can no longer wait,” Vasseur told some 200 parents gathered at the town hall. " +
        "The opposition did not vote for the text, judging the timetable too tight.\n\n" +
        "The project will cover 12 schools and 4,300 pupils. Details are online at www.grenoble.fr (#ÉcolesGrenoble).";

    private (AnalyzedText Analysis, Article Article)[] _monolingual = [];
    private (AnalyzedText Analysis, Article Article)[] _bilingual = [];
    private IReadOnlyList<IRule> _rules = [];

    [GlobalSetup]
    public void Setup()
    {
        var loaded = new ConfigLoader().Load(null);
        var languages = new LinguaLanguageIdentifier(loaded.Options.Languages);
        _rules = loaded.Rules.For("fr", "en");
        var count = 1_000_000 / Target.Length;
        _monolingual = [.. Enumerable.Range(0, count).Select(i => Analyse(new Article { Id = $"m{i}", Path = "bench", SourceLanguage = "fr", TargetLanguage = "en", Text = Target }, languages))];
        _bilingual = [.. Enumerable.Range(0, count).Select(i => Analyse(new Article { Id = $"b{i}", Path = "bench", SourceLanguage = "fr", TargetLanguage = "en", Text = Target, SourceText = Source }, languages))];
    }

    [Benchmark(Baseline = true, Description = "check stage, 1 MB fr-en, monolingual")]
    public int Monolingual() => Check(_monolingual);

    [Benchmark(Description = "align + check stage, 1 MB fr-en, with the source")]
    public int Bilingual() => Check(_bilingual);

    private int Check((AnalyzedText Analysis, Article Article)[] articles)
    {
        var findings = new List<Finding>();
        var diagnostics = new List<Diagnostic>();
        var total = 0;
        foreach (var (analysis, article) in articles)
        {
            findings.Clear();
            var bilingual = article.SourceText is null ? null : ArticleAligner.Align(article, analysis.Sentences, diagnostics);
            RuleChecker.Run(analysis, _rules, findings, diagnostics, bilingual: bilingual);
            total += findings.Count;
        }

        return total;
    }

    private static (AnalyzedText, Article) Analyse(Article article, ILanguageIdentifier languages) =>
        (AnalyzedText.Analyze(article, PerceptronTagger.Default, languages), article);
}
