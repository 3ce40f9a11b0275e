using System.CommandLine;
using Translation.Quality.Config;
using Translation.Quality.History;
using Translation.Quality.Nightly;
using Translation.Quality.Reports;
using Translation.Quality.Reports.Html;
using Translation.Quality.Results;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa merge DIR... --out DIR</c>: one night's shard reports and histories into one.</summary>
public static class MergeCommand
{
    public static Command Build()
    {
        var folders = new Argument<string[]>("folders") { Description = "The shards' report folders (<reports>/<date>/shard-K-of-N).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for the merged reports (every format in pipeline.yaml's reports.formats); when it is <reports>/<date>, <reports>/latest is pointed at it, as after an unsharded night.", Required = true };
        var config = CommonOptions.Config();
        var history = new Option<string?>("--history") { Description = "History file to fold the shards' histories into (default: history.path in pipeline.yaml)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary line." };
        var command = new Command("merge", "Combine the shard reports (and histories) of one night into one report, as if it had run unsharded.") { folders, output, config, history, quiet };
        command.SetAction(async (parse, ct) =>
        {
            var dirs = parse.GetValue(folders)!;
            foreach (var d in dirs.Where(d => !Directory.Exists(d)))
            {
                throw new UsageException($"shard folder not found: {d}");
            }

            var historyPath = HistoryLocation.Resolve(parse.GetValue(history), parse.GetValue(config));
            var loaded = new ConfigLoader().Load(parse.GetValue(config));
            var pipeline = Composition.Builder(loaded).WithoutVerify().Build();
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var console = new ConsoleOutput(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(quiet));
            try
            {
                // The merge is the night's one writer of the shared history, like an unsharded nightly.
                using var writerLock = HistoryWriterLock.Acquire(historyPath, "tqa merge");
                using var store = HistoryStore.Open(historyPath);

                // The same writers, staging and all-or-nothing publishing as a nightly, so the folders look alike.
                using var staging = ReportStaging.Begin(outDir);
                IReadOnlyList<IReportWriter> writers = [];
                try
                {
                    var outcome = await ReportMerger.MergeAsync(
                        dirs,
                        night => writers = pipeline.CreateReports(loaded.Options.Reports.Formats, staging.Folder, html: new HtmlReportOptions { Trend = TrendPoints.Before(historyPath, night) }),
                        store,
                        trendNights: 14,
                        staging.Publish,
                        ct).ConfigureAwait(false);

                    // The merger published the set and recorded the night, or neither.
                    var published = outcome.Reports.Count == writers.Count;
                    var night = outcome.Summary.History?.Night;

                    // An unsharded night moves 'latest' once its reports are out; so does the merged one, when --out is that night's folder.
                    var latest = published && night is not null && string.Equals(Path.GetFileName(outDir), night, StringComparison.Ordinal)
                        ? NightFolder.UpdateLatest(Path.GetDirectoryName(outDir)!, night)
                        : null;
                    console.WriteSummary(outcome, "merge");
                    if (!published)
                    {
                        console.WriteNotPublished(outDir);
                    }

                    if (!parse.GetValue(quiet))
                    {
                        NightlyCommand.WriteFeeds(console, new NightlyOutcome(outcome, outDir, Resumed: false, latest) { Published = published });
                    }

                    return NightlyCommand.ExitCode(outcome.Summary);
                }
                finally
                {
                    foreach (var writer in writers)
                    {
                        await writer.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }
            catch (Exception ex) when (HistoryFailure.IsStorage(ex))
            {
                throw HistoryFailure.For(historyPath, ex);
            }
        });
        return command;
    }
}
