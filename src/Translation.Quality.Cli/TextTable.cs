using System.Text;
using Spectre.Console;

namespace Translation.Quality.Cli;

/// <summary>One cell: plain text, and a Spectre style for terminals (colour never carries meaning alone).</summary>
public readonly record struct Cell(string Text, string? Style = null)
{
    public static implicit operator Cell(string text) => new(text);
}

/// <summary>
/// A table of plain cells laid out for where it goes: a bordered table when it fits the terminal, one
/// "key  value" block per row when it does not (no header is cut and no word split), and TSV with a
/// header row when output is piped.
/// </summary>
public sealed class TextTable(string? title, params string[] columns)
{
    private readonly List<Cell[]> _rows = [];

    public IReadOnlyList<string> Columns { get; } = columns;

    public int Count => _rows.Count;

    public TextTable AddRow(params Cell[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"a row of {cells.Length} cells in a table of {Columns.Count} columns", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>The width a bordered table needs: every column as wide as its widest cell, plus a border and a space either side.</summary>
    public int NaturalWidth => Enumerable.Range(0, Columns.Count).Sum(c => Math.Max(Columns[c].Length, _rows.Count == 0 ? 0 : _rows.Max(r => Flat(r[c].Text).Length))) + (3 * Columns.Count) + 1;

    public void Write(IAnsiConsole console, TextWriter plain, OutputShape shape, TableBorder border)
    {
        if (!shape.IsTerminal)
        {
            plain.WriteLine(string.Join('\t', Columns.Select(Tsv)));
            foreach (var row in _rows)
            {
                plain.WriteLine(string.Join('\t', row.Select(c => Tsv(c.Text))));
            }

            return;
        }

        if (NaturalWidth <= shape.Width)
        {
            var table = new Table().Border(border);
            if (title is not null)
            {
                table.Title(Markup.Escape(title));
            }

            foreach (var column in Columns)
            {
                table.AddColumn(new TableColumn(Markup.Escape(column)).NoWrap());
            }

            foreach (var row in _rows)
            {
                table.AddRow(row.Select(c => (Spectre.Console.Rendering.IRenderable)new Markup(Markup.Escape(Flat(c.Text)), c.Style is null ? null : Style.Parse(c.Style))));
            }

            console.Write(table);
            return;
        }

        WriteStacked(console, shape.Width);
    }

    private void WriteStacked(IAnsiConsole console, int width)
    {
        if (title is not null)
        {
            console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
        }

        var key = Columns.Max(c => c.Length);
        var valueWidth = Math.Max(12, width - key - 4);
        for (var r = 0; r < _rows.Count; r++)
        {
            if (r > 0)
            {
                console.WriteLine();
            }

            for (var c = 0; c < Columns.Count; c++)
            {
                var cell = _rows[r][c];
                var lines = Wrap(Flat(cell.Text), valueWidth);
                for (var l = 0; l < lines.Count; l++)
                {
                    var label = l == 0 ? Columns[c].PadRight(key) : new string(' ', key);
                    var value = Markup.Escape(lines[l]);
                    console.MarkupLine($"  {Markup.Escape(label)}  {(cell.Style is null ? value : $"[{cell.Style}]{value}[/]")}");
                }
            }
        }
    }

    /// <summary>Breaks at spaces only; a single word longer than the line keeps its own line whole.</summary>
    internal static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static string Flat(string text) => text.ReplaceLineEndings(" ");

    private static string Tsv(string text) => Flat(text).Replace('\t', ' ');
}
