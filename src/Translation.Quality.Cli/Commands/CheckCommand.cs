using System.CommandLine;
using Translation.Quality.Composition;
using Translation.Quality.Config;
using Translation.Quality.Ingest;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa check PATH...</c>: checks files or folders and writes the reports.</summary>
public static class CheckCommand
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to check (.txt, .jsonl, .xlf, .xliff).", Arity = ArgumentArity.OneOrMore };
        var config = CommonOptions.Config();
        var sourceLang = new Option<string?>("--source-lang") { Description = "Source language where the input does not give one (e.g. fr)." };
        var targetLang = new Option<string?>("--target-lang") { Description = "Target language where the input does not give one (default en)." };
        // The defaults named in help are the built-in pipeline's own, so help cannot drift from what a run writes.
        var builtin = BuiltinPipeline.Options.Reports;
        var format = new Option<string?>("--format") { Description = $"Report formats, comma-separated: {string.Join(", ", ReportOptions.KnownFormats)} (default: reports.formats in pipeline.yaml; built in: {string.Join(",", builtin.Formats)})." };
        var output = new Option<string?>("--out") { Description = $"Folder for the reports (default: reports.out in pipeline.yaml; built in: {builtin.Out})." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary line." };
        var translator = new Option<bool>("--translator") { Description = "Verify with Azure Translator (adds the verify stage; endpoint, region and key from the environment)." };
        var history = new Option<string?>("--history") { Description = "History file (SQLite): skip articles unchanged since their last check, mark findings new or carried, suppress dismissed ones." };

        var command = new Command("check", "Check translated articles and write reports.") { paths, config, sourceLang, targetLang, format, output, quiet, translator, history };
        command.SetAction(async (parse, ct) =>
        {
            var loaded = new ConfigLoader().Load(parse.GetValue(config));
            if (parse.GetValue(translator))
            {
                loaded = loaded with { Options = loaded.Options with { Stages = PipelineBuilder.WithVerify(loaded.Options.Stages) } };
            }

            var formats = parse.GetValue(format) is { } f
                ? f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : loaded.Options.Reports.Formats;
            var outDir = parse.GetValue(output) ?? loaded.Options.Reports.Out;
            var inputs = parse.GetValue(paths)!;
            foreach (var p in inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                throw new UsageException($"input not found: {p}");
            }

            foreach (var repeated in inputs.GroupBy(p => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar), StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                parse.InvocationConfiguration.Error.WriteLine($"tqa: warning: {repeated.First()} is given {repeated.Count()} times: its articles are checked {repeated.Count()} times under the same ids");
            }

            var languages = new LanguageDefaults(CommonOptions.Language(parse.GetValue(sourceLang), "--source-lang"), CommonOptions.Language(parse.GetValue(targetLang), "--target-lang"));
            var console = new ConsoleOutput(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(quiet));
            return await RunCheckAsync(loaded, inputs, languages, formats, outDir, console, ct, parse.GetValue(history)).ConfigureAwait(false);
        });
        return command;
    }

    public static async Task<int> RunCheckAsync(LoadedConfiguration loaded, IReadOnlyList<string> inputs, LanguageDefaults languages, IEnumerable<string> formats, string outDir, ConsoleOutput console, CancellationToken cancellationToken, string? historyPath = null)
    {
        try
        {
            return await RunAsync(loaded, inputs, languages, formats, outDir, console, cancellationToken, historyPath).ConfigureAwait(false);
        }
        catch (Exception ex) when (historyPath is not null && Quality.History.HistoryFailure.IsStorage(ex))
        {
            throw Quality.History.HistoryFailure.For(Path.GetFullPath(historyPath), ex);
        }
    }

    private static async Task<int> RunAsync(LoadedConfiguration loaded, IReadOnlyList<string> inputs, LanguageDefaults languages, IEnumerable<string> formats, string outDir, ConsoleOutput console, CancellationToken cancellationToken, string? historyPath)
    {
        var now = TimeProvider.System.GetUtcNow();
        using var translator = loaded.Options.Stages.Contains("verify") ? TranslatorSession.Start(loaded.Options.Translator, outDir, console) : null;
        var builder = Composition.Builder(loaded);
        if (translator is not null)
        {
            builder.UseTranslator(translator.Runtime);
        }

        var pipeline = builder.Build();
        if (translator is not null)
        {
            // What the run will spend, before it spends it (the rules have not run: a flagged scope is an upper bound).
            var estimate = await TranslatorEstimates.EstimateAsync(loaded, inputs, languages, runRules: false, cancellationToken).ConfigureAwait(false);
            console.Error.WriteLine($"tqa: {TranslatorEstimates.Describe(estimate)}");
            if (TranslatorCommand.BudgetNote(loaded.Options.Translator, estimate) is { } note)
            {
                console.Error.WriteLine($"tqa: warning: {note}");
            }
        }

        using var history = historyPath is null ? null : new CheckHistory(historyPath, pipeline);
        // Half-written reports of a run that was killed (kill -9, a second Ctrl+C) go before new ones start;
        // the new set is written aside and published whole, or not at all.
        using var staging = Translation.Quality.Reports.ReportStaging.Begin(outDir);
        var writers = pipeline.CreateReports(formats, staging.Folder, now);
        try
        {
            using var progress = console.StartProgress();
            var notices = new RunNotices();
            var reader = new InputReader(languages);
            var outcome = await pipeline.RunAsync(reader.ReadAsync(inputs, cancellationToken), writers, loaded.Options.Thresholds, history?.Journal, result =>
            {
                progress.Report(result);
                notices.Add(result);
            }, cancellationToken).ConfigureAwait(false);
            progress.Dispose();
            var published = outcome.Reports.Count == writers.Count;
            outcome = outcome with { Reports = published ? staging.Publish(outcome.Reports) : [] };
            console.WriteSummary(outcome);
            if (!published)
            {
                console.WriteNotPublished(outDir);
            }

            notices.Write(console.Error, outcome.Reports);
            return ExitCodes.For(outcome.Summary);
        }
        finally
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
