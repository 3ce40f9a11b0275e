using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Translation.Quality.Config;
using Translation.Quality.History;
using Translation.Quality.Nightly;
using Translation.Quality.Results;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa nightly</c>: the configured feeds, incrementally, into a dated report folder.</summary>
public static class NightlyCommand
{
    public static Command Build()
    {
        // The built-in pipeline declares no feeds, so nightly has nothing to run without a pipeline.yaml of its own.
        var config = CommonOptions.Config();
        config.Description = "pipeline.yaml whose feeds to run (required: the built-in pipeline has no feeds).";
        config.Required = true;
        var date = new Option<string?>("--date") { Description = "The night to run, YYYY-MM-DD (default: today). Rerunning an interrupted night finishes it." };
        var shard = new Option<string?>("--shard") { Description = "Run only shard K of N (K/N), picked by a stable hash of the article id; combine with 'tqa merge'." };
        var output = new Option<string?>("--out") { Description = "Reports root (default: reports.out in pipeline.yaml); the night goes to <root>/<date>/, and <root>/latest points at it." };
        var history = new Option<string?>("--history") { Description = "History file (default: history.path in pipeline.yaml, else .tqa/history.db)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary line." };
        var rerun = new Option<bool>("--rerun") { Description = "Check a night again that already completed (without it, tqa says the night is complete and leaves its reports as they are)." };
        var command = new Command("nightly", "Run the feeds declared in pipeline.yaml, re-checking only what changed, into <reports>/<date>/.") { config, date, shard, output, history, quiet, rerun };
        command.SetAction(async (parse, ct) =>
        {
            var loaded = new ConfigLoader().Load(parse.GetValue(config));
            var night = ParseNight(parse.GetValue(date));
            ShardSpec? shardSpec = null;
            if (parse.GetValue(shard) is { } shardText && !ShardSpec.TryParse(shardText, out shardSpec, out var error))
            {
                throw new UsageException(error!);
            }

            var options = loaded.Options;
            var request = new NightlyRequest
            {
                Night = night,
                Shard = shardSpec,
                ReportsRoot = Path.GetFullPath(parse.GetValue(output) ?? options.Reports.Out),
                HistoryPath = parse.GetValue(history) is { } h ? Path.GetFullPath(h) : ConfigPaths.HistoryPath(options),
                Rerun = parse.GetValue(rerun),
            };
            var console = new ConsoleOutput(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(quiet));

            // verify in 'stages' runs the Translator here too, logging beside the night's reports;
            // a shard takes its 1/N of the resource's budget, which all shards share.
            var translatorOptions = options.Translator.ShareFor(shardSpec?.Count ?? 1);
            using var translator = options.Stages.Contains("verify") ? TranslatorSession.Start(translatorOptions, NightFolder.For(request.ReportsRoot, night, shardSpec), console) : null;
            var builder = Composition.Builder(loaded);
            if (translator is not null)
            {
                builder.UseTranslator(translator.Runtime);
            }

            // The HTML report charts the nights before this one from the same history.
            var html = new Translation.Quality.Reports.Html.HtmlReportOptions { Trend = TrendPoints.Before(request.HistoryPath, night) };
            var runner = new NightlyRunner(builder.Build(), html);
            NightlyOutcome outcome;
            var notices = new RunNotices();
            using (var progress = console.StartProgress())
            {
                outcome = await runner.RunAsync(request, result =>
                {
                    progress.Report(result);
                    notices.Add(result);
                }, ct).ConfigureAwait(false);
            }

            if (outcome.AlreadyComplete)
            {
                parse.InvocationConfiguration.Output.WriteLine($"the night {night}{(shardSpec is null ? string.Empty : " shard " + shardSpec)} is complete: its reports are in {outcome.ReportFolder}; pass --rerun to check it again");
                return ExitCodes.Ok;
            }

            if (outcome.Resumed)
            {
                console.Error.WriteLine($"tqa: resumed the interrupted run of {night}{(shardSpec is null ? string.Empty : " shard " + shardSpec)}");
            }

            console.WriteSummary(outcome.Run, "nightly");
            if (!outcome.Published)
            {
                console.WriteNotPublished(outcome.ReportFolder);
                console.Error.WriteLine($"tqa: the night {night} is not complete; rerun the same --date to finish it");
            }

            notices.Write(console.Error, outcome.Run.Reports);
            if (!parse.GetValue(quiet))
            {
                WriteFeeds(console, outcome);
            }
            return ExitCode(outcome.Run.Summary);
        });
        return command;
    }

    public static int ExitCode(RunSummary summary) => ExitCodes.For(summary);

    private static string ParseNight(string? text)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new UsageException($"--date must be YYYY-MM-DD, not '{text}'");
    }

    internal static void WriteFeeds(ConsoleOutput console, NightlyOutcome outcome)
    {
        if (outcome.Run.Summary.History is not { } history)
        {
            return;
        }

        var table = new TextTable(null, "feed", "articles", "checked", "unchanged", "errors", "failed", "findings", "suppressed", "threshold");
        foreach (var f in history.Feeds)
        {
            table.AddRow(
                f.Name,
                f.Articles.ToString(CultureInfo.InvariantCulture),
                f.Checked.ToString(CultureInfo.InvariantCulture),
                f.Unchanged.ToString(CultureInfo.InvariantCulture),
                f.Errors.ToString(CultureInfo.InvariantCulture),
                f.Failed.ToString(CultureInfo.InvariantCulture),
                f.Findings.ToString(CultureInfo.InvariantCulture),
                f.Suppressed.ToString(CultureInfo.InvariantCulture),
                f.Breaches.Count == 0 ? new Cell("met", "green") : new Cell("broken", "red"));
        }

        console.Write(table);
        console.WriteProse(string.Create(CultureInfo.InvariantCulture, $"changes: {history.New} new, {history.Carried} carried, {history.Resolved} resolved; {history.Suppressed} suppressed"));
        console.WriteLine($"night folder: {outcome.ReportFolder}");
        if (outcome.Latest is not null)
        {
            console.WriteLine($"latest: {outcome.Latest}");
        }
    }
}
