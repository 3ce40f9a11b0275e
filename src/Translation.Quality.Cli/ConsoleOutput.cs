using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Translation.Quality.Pipeline;
using Translation.Quality.Results;

namespace Translation.Quality.Cli;

/// <summary>What the CLI prints: a live progress line on a terminal, then the summary table.</summary>
public sealed class ConsoleOutput
{
    private readonly IAnsiConsole _out;
    private readonly TextWriter _error;
    private readonly bool _quiet;

    public ConsoleOutput(TextWriter output, TextWriter error, bool quiet)
    {
        _out = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        _error = error;
        _quiet = quiet;
    }

    public TextWriter Error => _error;

    public IAnsiConsole Out => _out;

    /// <summary>Progress on stderr: redrawn in place on a terminal, a line every 10 s otherwise.</summary>
    public ProgressLine StartProgress() => new(_error, interactive: ReferenceEquals(_error, Console.Error) && !Console.IsErrorRedirected && !_quiet, quiet: _quiet);

    public void WriteSummary(RunOutcome outcome)
    {
        var s = outcome.Summary;
        foreach (var d in s.Diagnostics)
        {
            _error.WriteLine($"tqa: {(d.IsError ? "error" : "warning")} {d.Code}: {d.Message}");
        }

        if (_quiet)
        {
            _out.WriteLine(SummaryLine(s));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("tqa check");
        table.AddColumns("articles", "checked", "unchanged", "errors", "passed", "failed", "words", "findings", "seconds");
        table.AddRow(
            s.Articles.ToString(CultureInfo.InvariantCulture),
            s.Checked.ToString(CultureInfo.InvariantCulture),
            s.Unchanged.ToString(CultureInfo.InvariantCulture),
            s.Errors > 0 ? $"[red]{s.Errors}[/]" : "0",
            s.Passed.ToString(CultureInfo.InvariantCulture),
            s.Failed > 0 ? $"[yellow]{s.Failed}[/]" : "0",
            s.Words.ToString(CultureInfo.InvariantCulture),
            s.Findings.ToString(CultureInfo.InvariantCulture),
            s.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        _out.Write(table);

        if (s.ByClass.Count > 0)
        {
            var classes = new Table().Border(TableBorder.Simple).AddColumns("class", "findings");
            foreach (var (cls, n) in s.ByClass.OrderByDescending(kv => kv.Value))
            {
                classes.AddRow(Markup.Escape(cls), n.ToString(CultureInfo.InvariantCulture));
            }

            _out.Write(classes);
        }

        if (s.Translator is { } cost)
        {
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"translator: {s.Verified} verified, {s.Unverified} not verified; {cost.CharactersSent:N0} characters sent in {cost.Requests} requests ({cost.FailedRequests} failed{(cost.PossiblyBilledCharacters > 0 ? $", {cost.PossiblyBilledCharacters:N0} characters possibly billed by timed-out attempts" : string.Empty)}), {cost.CharactersFromCache:N0} from cache"));
        }

        var stages = string.Join("  ", s.StageTimes.Select(kv => $"{kv.Key} {kv.Value.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)}s"));
        _out.WriteLine($"time per stage: {stages}");
        if (s.Interrupted)
        {
            _out.MarkupLine("[red]Interrupted:[/] the reports cover the articles finished before the stop.");
        }

        _out.MarkupLine(s.ThresholdBreaches.Count == 0
            ? "[green]Quality threshold met.[/]"
            : "[red]Quality threshold broken:[/] " + Markup.Escape(string.Join("; ", s.ThresholdBreaches)));
        foreach (var report in outcome.Reports)
        {
            _out.WriteLine($"report: {report}");
        }
    }

    /// <summary>A report failed (its TQ501 is printed with the summary), so none was published: say that the previous set is whole.</summary>
    public void WriteNotPublished(string outDir)
    {
        _error.WriteLine($"tqa: no report was published; the previous reports in {outDir} are kept whole");
    }

    private static string SummaryLine(RunSummary s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Articles} articles, {s.Errors} errors, {s.Failed} failed, {s.Findings} findings{(s.Translator is null ? string.Empty : $", {s.Unverified} not verified")}; threshold {(s.ThresholdBreaches.Count == 0 ? "met" : "broken")}");
}

/// <summary>A progress line that never slows the run: counters updated per article, drawn by a timer.</summary>
public sealed class ProgressLine : IDisposable
{
    private readonly TextWriter _error;
    private readonly bool _interactive;
    private readonly Timer? _timer;
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _articles;
    private long _chars;
    private long _findings;
    private bool _drawn;
    private int _disposed;

    public ProgressLine(TextWriter error, bool interactive, bool quiet)
    {
        _error = error;
        _interactive = interactive;
        if (!quiet)
        {
            var period = interactive ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(10);
            _timer = new Timer(_ => Draw(), null, period, period);
        }
    }

    public void Report(ArticleResult result)
    {
        Interlocked.Increment(ref _articles);
        Interlocked.Add(ref _chars, result.Article.Text.Length);
        Interlocked.Add(ref _findings, result.Findings.Count);
    }

    private void Draw()
    {
        var seconds = Math.Max(0.001, Stopwatch.GetElapsedTime(_started).TotalSeconds);
        var mb = Interlocked.Read(ref _chars) / 1_000_000.0;
        var line = string.Create(CultureInfo.InvariantCulture, $"checking: {Interlocked.Read(ref _articles)} articles, {mb:0.0} MB ({mb / seconds:0.0} MB/s), {Interlocked.Read(ref _findings)} findings");
        lock (_error)
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                return;
            }

            _error.Write(_interactive ? "\r" + line + "   " : line + Environment.NewLine);
            _drawn = true;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _timer?.Dispose();
        lock (_error)
        {
            if (_drawn && _interactive)
            {
                _error.Write("\r" + new string(' ', 100) + "\r");
            }
        }
    }
}
