using System.Globalization;
using Microsoft.Data.Sqlite;
using Translation.Quality.Config;
using Translation.Quality.Ingest;
using Translation.Quality.Translator;

namespace Translation.Quality.Cli;

/// <summary>Reads feeds and counts what the verify stage would send, without sending anything.</summary>
internal static class TranslatorEstimates
{
    /// <param name="runRules">Run the rule packs, so a flagged scope counts exactly the flagged articles (slower).</param>
    public static async Task<TranslatorEstimate> EstimateAsync(LoadedConfiguration loaded, IReadOnlyList<string> inputs, LanguageDefaults languages, bool runRules, CancellationToken cancellationToken)
    {
        var options = loaded.Options.Translator;
        using var cache = OpenExistingCache(options);
        var estimator = new TranslatorEstimator(options, cache);
        var rules = runRules && options.Scope == VerifyScope.Flagged;
        var builder = Composition.Builder(loaded).WithoutVerify();
        // The same pairs as the run: the align stage's links when the run aligns.
        string[] stages = [.. new[] { "normalise", "segment", "align" }.Where(s => s != "align" || loaded.Options.Stages.Contains("align")), .. rules ? new[] { "check" } : []];
        var pipeline = rules ? builder.UseStages(stages).Build() : builder.UseStages(stages).UseTagger(null).Build();
        await foreach (var item in new InputReader(languages).ReadAsync(inputs, cancellationToken).ConfigureAwait(false))
        {
            if (item is not ArticleItem { Article: var article })
            {
                continue;
            }

            var work = pipeline.Analyze(article, cancellationToken);
            estimator.Add(article, work.Analysis?.Sentences ?? [], rules ? work.Findings : null, work.Bilingual);
        }

        return estimator.Result();
    }

    public static string Describe(TranslatorEstimate e)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"translator estimate: {(e.UpperBound ? "at most " : string.Empty)}{e.Characters:N0} characters to send in {e.Requests:N0} requests ({e.CharactersFromCache:N0} from the cache), {e.InScope} of {e.Articles} articles in scope; about {e.Cost:0.####} at {e.PricePerMillionCharacters:0.##} per million characters");
        return e.UpperBound ? text + " (scope flagged: every article counted, the rules have not run yet)" : text;
    }

    /// <summary>The run's cache when it exists; an estimate never creates one.</summary>
    private static TranslationCache? OpenExistingCache(TranslatorOptions options)
    {
        if (!options.Cache.Enabled || !File.Exists(options.Cache.Path))
        {
            return null;
        }

        try
        {
            return TranslationCache.Open(options.Cache.Path);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
