using System.CommandLine;
using Translation.Quality.Config;
using Translation.Quality.History;
using Translation.Quality.Nightly;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa merge DIR... --out DIR</c>: one night's shard reports and histories into one.</summary>
public static class MergeCommand
{
    public static Command Build()
    {
        var folders = new Argument<string[]>("folders") { Description = "The shards' report folders (<reports>/<date>/shard-K-of-N).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for the merged report.json and report.md.", Required = true };
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
            var pipeline = Composition.Builder(new ConfigLoader().Load(parse.GetValue(config))).WithoutVerify().Build();
            using var store = HistoryStore.Open(historyPath);
            var writers = pipeline.CreateReports(["json", "md"], parse.GetValue(output)!);
            try
            {
                var outcome = await ReportMerger.MergeAsync(dirs, writers, store, trendNights: 14, ct).ConfigureAwait(false);
                new ConsoleOutput(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(quiet)).WriteSummary(outcome, "merge");
                return NightlyCommand.ExitCode(outcome.Summary);
            }
            finally
            {
                foreach (var writer in writers)
                {
                    await writer.DisposeAsync().ConfigureAwait(false);
                }
            }
        });
        return command;
    }
}
