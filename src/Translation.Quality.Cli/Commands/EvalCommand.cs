using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Translation.Quality.Config;
using Translation.Quality.Evaluation;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa eval GOLD_DIR</c>: precision and recall of the rule packs on annotated articles.</summary>
public static class EvalCommand
{
    public static Command Build()
    {
        var gold = new Argument<string>("gold") { Description = "A gold folder: NAME.txt articles with NAME.ann.json annotations." };
        var config = CommonOptions.Config();
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var minRecall = new Option<double?>("--min-recall") { Description = "Exit 1 when overall recall is below this (0-1)." };
        var maxFalseAlarms = new Option<double?>("--max-false-alarms") { Description = "Exit 1 when false alarms per 1000 words on clean articles exceed this." };
        var command = new Command("eval", "Measure precision and recall per class and per rule against annotated fixtures.") { gold, config, format, minRecall, maxFalseAlarms };
        command.SetAction(parse =>
        {
            var fmt = parse.GetValue(format);
            if (fmt is not ("text" or "json"))
            {
                throw new UsageException($"--format must be text or json, not '{fmt}'");
            }

            IReadOnlyList<GoldArticle> articles;
            try
            {
                articles = GoldSetReader.Read(parse.GetValue(gold)!);
            }
            catch (GoldSetException ex)
            {
                throw new UsageException(ex.Message);
            }

            var loaded = new ConfigLoader().Load(parse.GetValue(config));
            // Evaluation measures the rules: it never pays for the Translator.
            var pipeline = Composition.Builder(loaded).WithoutVerify().Build();
            var report = Evaluator.Evaluate(articles.Select(a => (a, pipeline.Process(a.Article, CancellationToken.None))));
            var output = parse.InvocationConfiguration.Output;
            if (fmt == "json")
            {
                output.WriteLine(ToJson(report));
            }
            else
            {
                WriteText(new ConsoleOutput(output, parse.InvocationConfiguration.Error, quiet: false).Out, report);
            }

            var failed = (parse.GetValue(minRecall) is { } r && report.Overall.Recall < r)
                || (parse.GetValue(maxFalseAlarms) is { } m && report.FalseAlarmsPer1000CleanWords > m);
            return failed ? ExitCodes.ThresholdBroken : report.Errors.Count > 0 ? ExitCodes.ArticleErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(IAnsiConsole console, EvaluationReport report)
    {
        static string Pct(double v) => (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + "%";

        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Articles} articles ({report.CleanArticles} clean), {report.Words} words; {report.Overall.Defects} annotated defects"));
        var classes = new Table().Border(TableBorder.Simple).AddColumns("class", "defects", "detected", "recall", "findings", "precision");
        foreach (var (cls, c) in report.ByClass)
        {
            classes.AddRow(Markup.Escape(cls), $"{c.Defects}", $"{c.Detected}", Pct(c.Recall), $"{c.Findings}", Pct(c.Precision));
        }

        var o = report.Overall;
        classes.AddRow("[bold]all[/]", $"{o.Defects}", $"{o.Detected}", $"[bold]{Pct(o.Recall)}[/]", $"{o.Findings}", $"[bold]{Pct(o.Precision)}[/]");
        console.Write(classes);

        if (report.ByType.Count > 0)
        {
            var types = new Table().Border(TableBorder.Simple).AddColumns("class/type", "defects", "detected", "recall");
            foreach (var (type, c) in report.ByType)
            {
                types.AddRow(Markup.Escape(type), $"{c.Defects}", $"{c.Detected}", Pct(c.Recall));
            }

            console.Write(types);
        }

        var rules = new Table().Border(TableBorder.Simple).AddColumns("rule", "class", "findings", "correct", "precision");
        foreach (var (rule, c) in report.ByRule)
        {
            rules.AddRow(rule, Markup.Escape(c.Class), $"{c.Findings}", $"{c.Correct}", Pct(c.Precision));
        }

        console.Write(rules);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"false alarms on clean articles: {report.CleanFalseAlarms} in {report.CleanWords} words = {report.FalseAlarmsPer1000CleanWords:0.###} per 1000 words"));

        if (report.Misses.Count > 0)
        {
            console.WriteLine();
            console.WriteLine($"Misses ({report.Misses.Count}):");
            foreach (var m in report.Misses)
            {
                console.WriteLine($"  {m.ArticleId} [{m.Class}] \"{m.Text}\" in: {m.Sentence}");
            }
        }

        if (report.FalseAlarms.Count > 0)
        {
            console.WriteLine();
            console.WriteLine($"False alarms ({report.FalseAlarms.Count}):");
            foreach (var f in report.FalseAlarms)
            {
                var other = f.OtherClass is null ? string.Empty : $" (overlaps a {f.OtherClass} defect)";
                console.WriteLine($"  {f.ArticleId} {f.Rule} [{f.Class}] \"{f.Text}\"{other} in: {f.Sentence}");
            }
        }

        foreach (var e in report.Errors)
        {
            console.WriteLine($"error: {e}");
        }
    }

    /// <summary>The report as <c>--format json</c> prints it.</summary>
    internal static string ToJson(EvaluationReport report) => JsonSerializer.Serialize(report, CliJsonContext.Relaxed.EvaluationReport);
}
