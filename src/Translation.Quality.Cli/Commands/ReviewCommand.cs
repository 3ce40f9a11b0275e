using System.CommandLine;
using System.Globalization;
using Translation.Quality.History;
using Translation.Quality.Reports;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa review list|confirm|dismiss|import|export</c>: editors' decisions on findings, kept in the history.</summary>
public static class ReviewCommand
{
    public static Command Build()
    {
        var review = new Command("review", "Confirm or dismiss findings; a dismissed finding is suppressed wherever its fingerprint recurs.");
        review.Subcommands.Add(BuildList());
        review.Subcommands.Add(BuildDecide("confirm", ReviewDecisionKind.Confirmed, "Mark a finding as a real defect."));
        review.Subcommands.Add(BuildDecide("dismiss", ReviewDecisionKind.Dismissed, "Mark a finding as a false alarm: it no longer appears in reports."));
        review.Subcommands.Add(BuildImport());
        review.Subcommands.Add(BuildExport());
        return review;
    }

    private static Option<string?> History() => new("--history") { Description = "History file (default: history.path in pipeline.yaml, else .tqa/history.db)." };

    private static Command BuildList()
    {
        var status = new Option<string?>("--status") { Description = "Only findings that are open, confirmed or dismissed." };
        status.AcceptOnlyFromAmong("open", "confirmed", "dismissed");
        var limit = new Option<int>("--limit") { Description = "Rows to show at most.", DefaultValueFactory = _ => 500 };
        var config = CommonOptions.Config();
        var history = History();
        var command = new Command("list", "List findings of the articles' latest versions and the decisions on them.") { status, limit, config, history };
        command.SetAction(parse =>
        {
            var path = HistoryLocation.Resolve(parse.GetValue(history), parse.GetValue(config));
            ReviewStatus? filter = parse.GetValue(status) is { } s ? Enum.Parse<ReviewStatus>(s, ignoreCase: true) : null;
            var max = parse.GetValue(limit);

            // Read whole before anything is printed: a file damaged halfway must not leave half a list on the screen.
            var (items, total) = HistoryLocation.Guard(path, () =>
            {
                using var store = HistoryLocation.OpenExisting(path);
                var kept = new List<ReviewItem>();
                var count = 0;
                foreach (var item in store.Review(filter))
                {
                    if (count++ < max)
                    {
                        kept.Add(item);
                    }
                }

                return (kept, count);
            });

            // One line per finding, fields separated by tabs: readable, and easy to grep or cut.
            var output = parse.InvocationConfiguration.Output;
            var shown = items.Count;
            foreach (var item in items)
            {
                var d = item.Decision;
                var where = item.ArticleId is null ? "(no current article)" : $"{item.Feed}/{item.ArticleId}";
                var decided = d is null ? string.Empty : $"{d.By} {d.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}{(d.Reason is null ? string.Empty : ": " + Shorten(d.Reason, 60))}";
                output.WriteLine(string.Join('\t', item.Fingerprint, item.Status.ToString().ToLowerInvariant(), where, item.Rule ?? string.Empty, item.Class ?? string.Empty, Shorten(item.Text ?? string.Empty, 40), decided));
            }

            output.WriteLine(total > shown
                ? string.Create(CultureInfo.InvariantCulture, $"{shown} of {total} shown (raise --limit for more)")
                : string.Create(CultureInfo.InvariantCulture, $"{total} findings"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildDecide(string name, ReviewDecisionKind kind, string description)
    {
        var fingerprint = new Argument<string>("fingerprint") { Description = "The finding's fingerprint (16 hex digits, as in report.json)." };
        var by = new Option<string?>("--by") { Description = "Who decides (default: $USER)." };
        var reason = new Option<string?>("--reason") { Description = kind == ReviewDecisionKind.Dismissed ? "Why it is a false alarm (required)." : "Why (optional).", Required = kind == ReviewDecisionKind.Dismissed };
        var config = CommonOptions.Config();
        var history = History();
        var command = new Command(name, description) { fingerprint, by, reason, config, history };
        command.SetAction(parse =>
        {
            var fp = parse.GetValue(fingerprint)!.Trim().ToLowerInvariant();
            if (!ReviewDecision.IsFingerprint(fp))
            {
                throw new UsageException($"'{fp}' is not a fingerprint: expected 16 hex digits as in report.json");
            }

            var why = parse.GetValue(reason);
            var who = parse.GetValue(by) ?? HistoryLocation.DefaultReviewer();

            // The same rules as a decisions file's entries (review import).
            if (ReviewRules.Problem(kind, why, who) is { } problem)
            {
                throw new UsageException(kind == ReviewDecisionKind.Dismissed && string.IsNullOrWhiteSpace(why) ? "dismiss needs --reason: say why it is a false alarm, for whoever reviews the rule next" : problem);
            }

            var path = HistoryLocation.Resolve(parse.GetValue(history), parse.GetValue(config));
            var decision = new ReviewDecision(fp, kind, why, who, TimeProvider.System.GetUtcNow());
            var known = HistoryLocation.Guard(path, () =>
            {
                using var store = HistoryStore.Open(path);
                store.Decide(decision);
                return store.HasFinding(fp);
            });
            var output = parse.InvocationConfiguration.Output;
            if (!known)
            {
                parse.InvocationConfiguration.Error.WriteLine($"tqa: warning: no article in {path} has a finding {fp} now; the decision is kept for when it appears");
            }

            output.WriteLine($"{fp}: {decision.DecisionName} by {decision.By}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildImport()
    {
        var file = new Argument<string>("file") { Description = "A decisions file, as the HTML report exports it: {\"decisions\": [{\"fingerprint\", \"decision\", \"reason\"?, \"by\"?, \"at\"?}]}." };
        var keepUnknown = new Option<bool>("--keep-unknown") { Description = "Record decisions on fingerprints no finding in the history has (yet), as 'review dismiss' does; without it they are refused." };
        var config = CommonOptions.Config();
        var history = History();
        var command = new Command("import", "Import review decisions by the same rules as confirm and dismiss; a decision already recorded later is kept. Exit 3 when some were refused.") { file, keepUnknown, config, history };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"decisions file not found: {path}");
            }

            IReadOnlyList<ReviewDecision> decisions;
            using (var stream = File.OpenRead(path))
            {
                decisions = ReviewDecisionsFile.Read(path, stream, HistoryLocation.DefaultReviewer(), TimeProvider.System.GetUtcNow());
            }

            var historyPath = HistoryLocation.Resolve(parse.GetValue(history), parse.GetValue(config));
            var keep = parse.GetValue(keepUnknown);
            var refused = new List<string>();
            var (imported, kept, unknownKept) = HistoryLocation.Guard(historyPath, () =>
            {
                using var store = HistoryStore.Open(historyPath);
                int applied = 0, older = 0, unknown = 0;
                for (var i = 0; i < decisions.Count; i++)
                {
                    var d = decisions[i];
                    var known = store.HasFinding(d.Fingerprint);
                    var problem = ReviewRules.Problem(d.Decision, d.Reason, d.By)
                        ?? (known || keep ? null : $"no finding in {historyPath} has this fingerprint (another history's file? --keep-unknown records it for when it appears)");
                    if (problem is not null)
                    {
                        refused.Add(string.Create(CultureInfo.InvariantCulture, $"decisions[{i}] {d.Fingerprint} ({d.DecisionName}): {problem}"));
                    }
                    else if (store.Decide(d, onlyIfNewer: true))
                    {
                        applied++;
                        unknown += known ? 0 : 1;
                    }
                    else
                    {
                        older++;
                    }
                }

                return (applied, older, unknown);
            });

            var error = parse.InvocationConfiguration.Error;
            const int Shown = 10;
            foreach (var line in refused.Take(Shown))
            {
                error.WriteLine($"tqa: refused {line}");
            }

            if (refused.Count > Shown)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tqa: … and {refused.Count - Shown} more refused (fix them in {path} and import it again: recorded decisions are kept)"));
            }

            if (unknownKept > 0)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tqa: warning: {unknownKept} decisions are on fingerprints no article in {historyPath} has now; they are kept for when they appear"));
            }

            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{imported} decisions imported, {kept} kept as they were (a later decision was already recorded), {refused.Count} refused"));
            return refused.Count == 0 ? ExitCodes.Ok : ExitCodes.ArticleErrors;
        });
        return command;
    }

    private static Command BuildExport()
    {
        var output = new Option<string?>("--out") { Description = "File to write (default: standard output)." };
        var config = CommonOptions.Config();
        var history = History();
        var command = new Command("export", "Write every review decision as a decisions file (the import format).") { output, config, history };
        command.SetAction(async (parse, ct) =>
        {
            var historyPath = HistoryLocation.Resolve(parse.GetValue(history), parse.GetValue(config));
            using var buffer = new MemoryStream();
            var count = HistoryLocation.Guard(historyPath, () =>
            {
                using var store = HistoryLocation.OpenExisting(historyPath);
                var decisions = store.Decisions().ToList();
                ReviewDecisionsFile.Write(buffer, decisions);
                return decisions.Count;
            });
            if (parse.GetValue(output) is { } path)
            {
                await using var file = new AtomicFile(path);
                buffer.Position = 0;
                await buffer.CopyToAsync(file.Stream, ct).ConfigureAwait(false);
                await file.CommitAsync(ct).ConfigureAwait(false);

                // The file is the output: say what went into it and where, since nothing else is printed.
                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{count} review decision{(count == 1 ? string.Empty : "s")} from {historyPath} written to {Path.GetFullPath(path)}")).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
