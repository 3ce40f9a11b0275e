using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Translation.Quality.Pipeline;
using Translation.Quality.Results;

namespace Translation.Quality.Cli;

/// <summary>
/// What the CLI prints: a live progress line on a terminal, then the summary. Tables fit the
/// terminal's width, and are TSV when output is piped (see <see cref="OutputShape"/>).
/// </summary>
public sealed class ConsoleOutput
{
    private readonly IAnsiConsole _out;
    private readonly TextWriter _plain;
    private readonly TextWriter _error;
    private readonly bool _quiet;

    public ConsoleOutput(TextWriter output, TextWriter error, bool quiet)
    {
        Shape = OutputShape.Of(output);
        var colour = Shape.IsTerminal && output is not TerminalWriter;
        _out = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });

        // The terminal's own width; piped, a line is never wrapped.
        _out.Profile.Width = Shape.Width;
        _plain = output;
        _error = error;
        _quiet = quiet;
    }

    public TextWriter Error => _error;

    public IAnsiConsole Out => _out;

    public OutputShape Shape { get; }

    public void Write(TextTable table, TableBorder? border = null) => table.Write(_out, _plain, Shape, border ?? TableBorder.Simple);

    /// <summary>A sentence of counts or times: wrapped between words on a terminal, one line when piped.</summary>
    public void WriteProse(string text)
    {
        foreach (var line in Shape.IsTerminal ? TextTable.Wrap(text, Shape.Width) : [text])
        {
            _plain.WriteLine(line);
        }
    }

    /// <summary>A line that holds a path: never broken, so it can be copied whole (a terminal wraps it only on screen).</summary>
    public void WriteLine(string text) => _plain.WriteLine(text);

    /// <summary>Progress on stderr: redrawn in place on a terminal, a line every 10 s otherwise.</summary>
    public ProgressLine StartProgress() => new(_error, interactive: ReferenceEquals(_error, Console.Error) && !Console.IsErrorRedirected && !_quiet, quiet: _quiet);

    /// <param name="command">The command that ran (check, nightly, merge): the summary's title.</param>
    public void WriteSummary(RunOutcome outcome, string command = "check")
    {
        var s = outcome.Summary;
        foreach (var d in s.Diagnostics)
        {
            _error.WriteLine($"tqa: {(d.IsError ? "error" : "warning")} {d.Code}: {d.Message}");
        }

        if (_quiet)
        {
            WriteLine(SummaryLine(s));
            return;
        }

        var table = new TextTable($"tqa {command}", "articles", "checked", "unchanged", "errors", "passed", "failed", "words", "findings", "seconds");
        table.AddRow(
            Number(s.Articles),
            Number(s.Checked),
            Number(s.Unchanged),
            new Cell(Number(s.Errors), s.Errors > 0 ? "red" : null),
            Number(s.Passed),
            new Cell(Number(s.Failed), s.Failed > 0 ? "yellow" : null),
            Number(s.Words),
            Number(s.Findings),
            s.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        Write(table, TableBorder.Rounded);

        if (s.ByClass.Count > 0)
        {
            var classes = new TextTable(null, "class", "findings");
            foreach (var (cls, n) in s.ByClass.OrderByDescending(kv => kv.Value))
            {
                classes.AddRow(cls, Number(n));
            }

            Write(classes);
        }

        if (s.Translator is { } cost)
        {
            WriteProse(string.Create(CultureInfo.InvariantCulture, $"translator: {s.Verified} verified, {s.Unverified} not verified; {cost.CharactersSent:N0} characters sent in {cost.Requests} requests ({cost.FailedRequests} failed{(cost.PossiblyBilledCharacters > 0 ? $", {cost.PossiblyBilledCharacters:N0} characters possibly billed by timed-out attempts" : string.Empty)}), {cost.CharactersFromCache:N0} from cache"));
        }

        // Each stage's time is summed over the threads that ran it, so together they can exceed the wall time.
        // On a terminal a stage keeps its figure on its line (a no-break space between them).
        var pair = Shape.IsTerminal ? "\u00A0" : " ";
        var stages = string.Join(", ", s.StageTimes.Select(kv => $"{kv.Key}{pair}{kv.Value.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)}"));
        WriteProse(string.Create(CultureInfo.InvariantCulture, $"time per stage in CPU s, summed over threads (wall time {s.Elapsed.TotalSeconds:0.00} s): {stages}"));
        if (s.Interrupted)
        {
            _out.MarkupLine("[red]Interrupted:[/] the reports cover the articles finished before the stop.");
        }

        _out.MarkupLine(s.ThresholdBreaches.Count == 0
            ? "[green]Quality threshold met.[/]"
            : "[red]Quality threshold broken:[/] " + Markup.Escape(string.Join("; ", s.ThresholdBreaches)));
        foreach (var report in outcome.Reports)
        {
            WriteLine($"report: {report}");
        }
    }

    /// <summary>A report failed (its TQ501 is printed with the summary), so none was published: say that the previous set is whole.</summary>
    public void WriteNotPublished(string outDir)
    {
        _error.WriteLine($"tqa: no report was published; the previous reports in {outDir} are kept whole");
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

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
    private int _drawn;
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
        Interlocked.Add(ref _findings, result.FindingCount);
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

            // Padded to cover a longer line drawn before; never wider than it must be (a narrow terminal would wrap it).
            _error.Write(_interactive ? "\r" + line.PadRight(_drawn) : line + Environment.NewLine);
            _drawn = Math.Max(_drawn, line.Length);
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
            if (_drawn > 0 && _interactive)
            {
                _error.Write("\r" + new string(' ', _drawn) + "\r");
            }
        }
    }
}
