namespace Translation.Quality.Cli;

/// <summary>
/// Where standard output goes: a terminal of some width (tables are laid out to fit it), or a pipe or
/// file (tables are plain TSV with a header row, and nothing is wrapped).
/// </summary>
public sealed record OutputShape(bool IsTerminal, int Width)
{
    /// <summary>Wide enough that a piped line is never wrapped.</summary>
    public const int Unwrapped = 4096;

    public static OutputShape Of(TextWriter output)
    {
        if (output is TerminalWriter terminal)
        {
            return new(true, terminal.Width);
        }

        return ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? new(true, ConsoleWidth()) : new(false, Unwrapped);
    }

    private static int ConsoleWidth()
    {
        try
        {
            if (Console.WindowWidth is > 0 and var width)
            {
                return width;
            }
        }
        catch (IOException)
        {
            // No window to ask (a terminal that reports no size): fall back below.
        }

        return int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : 80;
    }
}

/// <summary>
/// Captured output that stands for a terminal <see cref="Width"/> columns wide, without colour: what
/// tests (and a host embedding tqa) use to see the terminal layout.
/// </summary>
public sealed class TerminalWriter(int width) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    public int Width { get; } = width > 0 ? width : throw new ArgumentOutOfRangeException(nameof(width));
}
