using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Translation.Quality.Config;
using Translation.Quality.Evaluation;
using Translation.Quality.Ingest;
using Translation.Quality.Yaml;

namespace Translation.Quality.Cli.Commands;

/// <summary>
/// <c>tqa rules diff --baseline REF_OR_DIR CORPUS...</c>: for a linguist tuning rules, the findings a
/// change to the rule packs adds and removes on a corpus. <c>--rules</c> means what it means in
/// <c>rules list</c> and <c>rules test</c>: packs overlaid by name over the built-in ones, so a copy of
/// one pack changes that pack only. The baseline is packs overlaid the same way: a folder (or file), or
/// a git revision of the <c>--rules</c> paths (of the repository's <c>config/rules</c> for a path outside git).
/// </summary>
public static class RulesDiffCommand
{
    private const string RepositoryPacks = "config/rules";

    public static Command Build()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Files or folders to check with both rule sets.", Arity = ArgumentArity.OneOrMore };
        var baseline = new Option<string>("--baseline") { Description = "Rule packs to compare with: a folder or file of packs, or a git revision (e.g. HEAD, main~3) of the --rules packs; overlaid on the built-in packs like --rules.", Required = true };
        var packs = new Option<string[]>("--rules")
        {
            // One path per --rules here (repeat it for more): the corpus paths follow on the same command line.
            Description = "A rule pack file or folder being tuned (repeat for more), overlaid by name on the built-in packs as in 'rules list' and 'rules test' (default: config/rules when that folder exists).",
        };
        var config = CommonOptions.Config();
        var sourceLang = new Option<string?>("--source-lang") { Description = "Source language where the input does not give one." };
        var targetLang = new Option<string?>("--target-lang") { Description = "Target language where the input does not give one." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("diff", "Show the findings a change to the rule packs adds and removes on a corpus.") { corpus, baseline, packs, config, sourceLang, targetLang, format };
        command.SetAction(async (parse, ct) =>
        {
            var fmt = parse.GetValue(format);
            if (fmt is not ("text" or "json"))
            {
                throw new UsageException($"--format must be text or json, not '{fmt}'");
            }

            IReadOnlyList<string> rulePaths = parse.GetValue(packs) is { Length: > 0 } given ? given
                : Directory.Exists(RepositoryPacks) ? [RepositoryPacks]
                : [];
            foreach (var p in rulePaths.Where(p => !Directory.Exists(p) && !File.Exists(p)))
            {
                throw new UsageException($"--rules: rule pack path not found: {p}");
            }

            var baselineArg = parse.GetValue(baseline)!;
            var temporaries = new List<string>();
            try
            {
                IReadOnlyList<string> baselinePaths = Directory.Exists(baselineArg) || File.Exists(baselineArg)
                    ? [baselineArg]
                    : AtRevision(baselineArg, rulePaths, temporaries);
                var loader = new ConfigLoader();
                var current = loader.Load(parse.GetValue(config), rulePaths);
                var previous = loader.Load(parse.GetValue(config), baselinePaths);
                var currentRunner = Composition.Builder(current).WithoutVerify().Build();
                var previousRunner = Composition.Builder(previous).WithoutVerify().Build();
                var diff = new FindingDiff();
                var reader = new InputReader(new LanguageDefaults(CommonOptions.Language(parse.GetValue(sourceLang), "--source-lang"), CommonOptions.Language(parse.GetValue(targetLang), "--target-lang")));
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
                foreach (var dir in temporaries)
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
        });
        return command;
    }

    /// <summary>
    /// The baseline's overlay at a git revision: each --rules path inside a git checkout as it was
    /// there (none, when it did not exist yet: the built-in pack is the baseline); for a path outside
    /// git, and when no --rules is given, the repository's own packs (config/rules) at the revision.
    /// </summary>
    private static List<string> AtRevision(string revision, IReadOnlyList<string> rulePaths, List<string> temporaries)
    {
        var paths = new List<string>();
        string? outside = rulePaths.Count == 0 ? "(no --rules)" : null;
        foreach (var p in rulePaths)
        {
            var full = Path.GetFullPath(p);
            var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
            if (TopLevel(folder) is not { } top)
            {
                outside ??= p;
                continue;
            }

            Verify(top, revision);
            if (Extract(top, revision, Path.GetRelativePath(top, full).Replace('\\', '/'), temporaries) is { } extracted)
            {
                paths.Add(extracted);
            }
        }

        if (outside is not null)
        {
            var here = Directory.GetCurrentDirectory();
            var top = TopLevel(here)
                ?? throw new UsageException($"--baseline {revision}: {outside} is not in a git checkout, so the baseline is the repository's {RepositoryPacks} at {revision}, but the working folder {here} is not in a git checkout either; run tqa in the tqa checkout, or give --baseline a folder of packs");
            Verify(top, revision);
            paths.Add(Extract(top, revision, RepositoryPacks, temporaries)
                ?? throw new UsageException($"--baseline {revision}: no rule packs under {RepositoryPacks} at revision '{revision}' in {top}; give --baseline a folder of packs"));
        }

        return paths;
    }

    private static string? TopLevel(string folder)
    {
        try
        {
            return Git(folder, "rev-parse", "--show-toplevel").Trim();
        }
        catch (UsageException)
        {
            return null;
        }
    }

    private static void Verify(string top, string revision) => Git(top, "rev-parse", "--verify", "--quiet", revision + "^{commit}");

    /// <summary>Writes the pack files under a path, as they were at a revision, into a temporary folder; null when there were none.</summary>
    private static string? Extract(string top, string revision, string relative, List<string> temporaries)
    {
        var files = Git(top, "ls-tree", "-r", "--name-only", revision, "--", relative)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .ToList();
        if (files.Count == 0)
        {
            return null;
        }

        var target = Directory.CreateTempSubdirectory("tqa-baseline-").FullName;
        temporaries.Add(target);
        foreach (var file in files)
        {
            var path = Path.Combine(target, file);
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

        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new UsageException($"--baseline {string.Join(' ', args.TakeLast(1))}: git could not be started ({ex.Message}); give --baseline a folder of packs");
        }

        using var process = started ?? throw new UsageException("git could not be started; give --baseline a folder of packs");
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
            output.WriteLine(ToJson(diff));
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

    /// <summary>The diff as <c>--format json</c> prints it.</summary>
    internal static string ToJson(FindingDiff diff) => JsonSerializer.Serialize(
        new RulesDiffJson(
            diff.Articles,
            diff.Unchanged,
            diff.Changes.Count(c => c.Kind == FindingChangeKind.Added),
            diff.Changes.Count(c => c.Kind == FindingChangeKind.Removed),
            [.. diff.Changes.Select(c => new RulesDiffChangeJson(c.Kind.ToString().ToLowerInvariant(), c.ArticleId, c.Finding.Rule, c.Finding.Class, c.Finding.Start, c.Finding.End, c.Finding.Text, c.Finding.Sentence))]),
        CliJsonContext.Relaxed.RulesDiffJson);
}
