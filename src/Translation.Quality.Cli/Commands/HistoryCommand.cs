using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa history</c>: per feed and night, what came in and what was found.</summary>
public static class HistoryCommand
{
    /// <summary><c>tqa history check</c>: SQLite's integrity check of the history file; exit 2 when it is damaged.</summary>
    private static Command BuildCheck()
    {
        var config = CommonOptions.Config();
        var history = new Option<string?>("--history") { Description = "History file (default: history.path in pipeline.yaml, else .tqa/history.db)." };
        var command = new Command("check", "Check the history file for damage (SQLite integrity check); exit 2 when it is damaged.") { config, history };
        command.SetAction(parse =>
        {
            var path = HistoryLocation.Resolve(parse.GetValue(history), parse.GetValue(config));
            if (!File.Exists(path))
            {
                throw new UsageException($"no history file at {path}");
            }

            var problems = Quality.History.HistoryStore.Check(path);
            if (problems is ["ok"])
            {
                parse.InvocationConfiguration.Output.WriteLine($"{path}: ok");
                return ExitCodes.Ok;
            }

            var error = parse.InvocationConfiguration.Error;
            error.WriteLine($"tqa: history file {path} is damaged:");
            foreach (var problem in problems)
            {
                error.WriteLine("  " + problem);
            }

            error.WriteLine("Restore it from a backup, or move it aside to start a new history (the next night then checks every article again).");
            return ExitCodes.UsageOrConfig;
        });
        return command;
    }

    public static Command Build()
    {
        var feed = new Option<string?>("--feed") { Description = "Only this feed." };
        var nights = new Option<int>("--nights") { Description = "How many recent nights.", DefaultValueFactory = _ => 14 };
        var config = CommonOptions.Config();
        var history = new Option<string?>("--history") { Description = "History file (default: history.path in pipeline.yaml, else .tqa/history.db)." };
        var command = new Command("history", "Show trends per feed and night: articles, words, findings by severity and class, MQM pass rate, Translator characters.") { feed, nights, config, history, BuildCheck() };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(nights);
            if (count < 1)
            {
                throw new UsageException("--nights must be at least 1");
            }

            var path = HistoryLocation.Resolve(parse.GetValue(history), parse.GetValue(config));
            var rows = HistoryLocation.Guard(path, () =>
            {
                using var store = HistoryLocation.OpenExisting(path);
                return store.Trend(parse.GetValue(feed), count);
            });
            var console = new ConsoleOutput(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, quiet: false);
            if (rows.Count == 0)
            {
                console.Out.WriteLine("no nights recorded yet");
                return ExitCodes.Ok;
            }

            var table = new TextTable("tqa history", "night", "feed", "articles", "words", "findings", "critical", "major", "minor", "top classes", "MQM pass", "translator chars");
            foreach (var r in rows)
            {
                var classes = string.Join(", ", r.ByClass.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(3).Select(kv => $"{kv.Key} {kv.Value}"));
                table.AddRow(
                    r.Night,
                    r.Feed,
                    r.Articles.ToString(CultureInfo.InvariantCulture),
                    r.Words.ToString(CultureInfo.InvariantCulture),
                    r.Findings.ToString(CultureInfo.InvariantCulture),
                    new Cell(r.Critical.ToString(CultureInfo.InvariantCulture), r.Critical > 0 ? "red" : null),
                    r.Major.ToString(CultureInfo.InvariantCulture),
                    r.Minor.ToString(CultureInfo.InvariantCulture),
                    classes,
                    r.PassRate is { } rate ? (100 * rate).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–",
                    r.TranslatorCharacters.ToString(CultureInfo.InvariantCulture));
            }

            console.Write(table, TableBorder.Rounded);
            return ExitCodes.Ok;
        });
        return command;
    }
}
