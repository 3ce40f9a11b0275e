using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Translation.Quality.Config;
using Translation.Quality.Evaluation;
using Translation.Quality.Ingest;
using Translation.Quality.Yaml;

namespace Translation.Quality.Cli.Commands;

/// <summary>
/// <c>tqa rules diff --baseline REF_OR_DIR CORPUS...</c>: for a linguist tuning rules, the findings a
/// change to the rule packs adds and removes on a corpus. The baseline is a folder of packs, or a git
/// revision whose copy of the packs folder is read with git.
/// </summary>
public static class RulesDiffCommand
{
    public static Command Build()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Files or folders to check with both rule sets.", Arity = ArgumentArity.OneOrMore };
        var baseline = new Option<string>("--baseline") { Description = "A folder of rule packs, or a git revision (e.g. HEAD, main~3) of the packs folder.", Required = true };
        var packs = new Option<string>("--rules") { Description = "The rule packs being tuned (default: config/rules).", DefaultValueFactory = _ => Path.Combine("config", "rules") };
        var sourceLang = new Option<string?>("--source-lang") { Description = "Source language where the input does not give one." };
        var targetLang = new Option<string?>("--target-lang") { Description = "Target language where the input does not give one." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("diff", "Show the findings a change to the rule packs adds and removes on a corpus.") { corpus, baseline, packs, sourceLang, targetLang, format };
        command.SetAction(async (parse, ct) =>
        {
            var fmt = parse.GetValue(format);
            if (fmt is not ("text" or "json"))
            {
                throw new UsageException($"--format must be text or json, not '{fmt}'");
            }

            var packsDir = parse.GetValue(packs)!;
            if (!Directory.Exists(packsDir))
            {
                throw new UsageException($"rule packs folder not found: {packsDir}");
            }

            var baselineArg = parse.GetValue(baseline)!;
            var baselineDir = Directory.Exists(baselineArg) ? baselineArg : ExtractRevision(baselineArg, packsDir);
            try
            {
                var loader = new ConfigLoader();
                var current = Configuration(loader, packsDir);
                var previous = Configuration(loader, baselineDir);
                var currentRunner = Composition.Builder(current).WithoutVerify().Build();
                var previousRunner = Composition.Builder(previous).WithoutVerify().Build();
                var diff = new FindingDiff();
                var reader = new InputReader(new LanguageDefaults(parse.GetValue(sourceLang)?.ToLowerInvariant(), parse.GetValue(targetLang)?.ToLowerInvariant()));
                await foreach (var item in reader.ReadAsync(parse.GetValue(corpus)!, ct).ConfigureAwait(false))
                {
                    if (item is ArticleItem { Article: var article })
                    {
                        diff.Add(previousRunner.Process(article, ct), currentRunner.Process(article, ct));
                    }
                }

                Write(parse, diff, fmt);
                return ExitCodes.Ok;
            }
            finally
            {
                if (!ReferenceEquals(baselineDir, baselineArg))
                {
                    Directory.Delete(baselineDir, recursive: true);
                }
            }
        });
        return command;
    }

    /// <summary>Only the given packs: the built-in ones would hide what the change did.</summary>
    private static LoadedConfiguration Configuration(ConfigLoader loader, string packsDir)
    {
        var errors = new ConfigErrors();
        var rules = loader.LoadRules(builtin: false, [Path.GetFullPath(packsDir)], [], errors);
        errors.ThrowIfAny();
        return new LoadedConfiguration(new PipelineOptions(), rules);
    }

    /// <summary>Writes the packs folder as it was at a git revision into a temporary folder.</summary>
    private static string ExtractRevision(string revision, string packsDir)
    {
        var full = Path.GetFullPath(packsDir);
        var top = Git(full, "rev-parse", "--show-toplevel").Trim();
        var relative = Path.GetRelativePath(top, full).Replace('\\', '/');
        var files = Git(top, "ls-tree", "-r", "--name-only", revision, "--", relative)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .ToList();
        if (files.Count == 0)
        {
            throw new UsageException($"no rule packs under {relative} at revision '{revision}'");
        }

        var target = Directory.CreateTempSubdirectory("tqa-baseline-").FullName;
        foreach (var file in files)
        {
            var path = Path.Combine(target, Path.GetRelativePath(relative, file));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Git(top, "show", $"{revision}:{file}"));
        }

        return target;
    }

    private static string Git(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new UsageException("git could not be started");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new UsageException($"--baseline is neither a folder nor a git revision: git {string.Join(' ', args)}: {error.Trim()}");
        }

        return output;
    }

    private static void Write(ParseResult parse, FindingDiff diff, string format)
    {
        var output = parse.InvocationConfiguration.Output;
        if (format == "json")
        {
            var json = new
            {
                articles = diff.Articles,
                unchanged = diff.Unchanged,
                added = diff.Changes.Count(c => c.Kind == FindingChangeKind.Added),
                removed = diff.Changes.Count(c => c.Kind == FindingChangeKind.Removed),
                changes = diff.Changes.Select(c => new { change = c.Kind.ToString().ToLowerInvariant(), article = c.ArticleId, rule = c.Finding.Rule, @class = c.Finding.Class, start = c.Finding.Start, end = c.Finding.End, text = c.Finding.Text, sentence = c.Finding.Sentence }),
            };
            output.WriteLine(JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return;
        }

        var console = new ConsoleOutput(output, parse.InvocationConfiguration.Error, quiet: false).Out;
        foreach (var c in diff.Changes)
        {
            var sign = c.Kind == FindingChangeKind.Added ? "+" : "-";
            console.WriteLine($"{sign} {c.ArticleId} {c.Finding.Rule} \"{c.Finding.Text}\" in: {c.Finding.Sentence}");
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("rule", "added", "removed");
        foreach (var (rule, (added, removed)) in diff.ByRule())
        {
            table.AddRow(rule, added.ToString(CultureInfo.InvariantCulture), removed.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{diff.Articles} articles: {diff.Changes.Count(c => c.Kind == FindingChangeKind.Added)} findings added, {diff.Changes.Count(c => c.Kind == FindingChangeKind.Removed)} removed, {diff.Unchanged} unchanged"));
    }
}
