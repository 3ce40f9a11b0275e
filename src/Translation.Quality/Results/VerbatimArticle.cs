namespace Translation.Quality.Results;

/// <summary>
/// An unchanged article's report.json entry as the history stored it, copied into the report as it is
/// (no finding objects are built), with what the summary counts of it.
/// </summary>
/// <param name="Json">The entry in its carried shape, indented for its place in report.json, newline and indentation before it included.</param>
/// <param name="Tally">Its findings counted by rule, class and severity.</param>
internal sealed record VerbatimArticle(ReadOnlyMemory<byte> Json, IReadOnlyList<FindingTally> Tally)
{
    public int Findings => Tally.Sum(t => t.Count);
}

/// <summary>What the history stores of an article's carried report.json entry, made before the result is recorded.</summary>
/// <param name="Json">The entry as <see cref="VerbatimArticle.Json"/> holds it.</param>
/// <param name="Position">The feed position the entry names (nightly runs); null otherwise.</param>
internal sealed record StoredReportEntry(byte[] Json, long? Position, MqmResult? Mqm, IReadOnlyList<FindingTally> Tally);

/// <summary>How many of an article's findings have this rule, class and severity (lower case, as report.json names it).</summary>
internal sealed record FindingTally(string Rule, string Class, string Severity, int Count)
{
    /// <summary>One line per rule, class and severity: "count\trule\tclass\tseverity".</summary>
    public static string Write(IEnumerable<FindingTally> tally) =>
        string.Join('\n', tally.Select(t => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{t.Count}\t{t.Rule}\t{t.Class}\t{t.Severity}")));

    /// <summary>What <see cref="Write"/> wrote; null when a line is not in that shape (the object path then reads the findings).</summary>
    public static IReadOnlyList<FindingTally>? Read(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var tally = new List<FindingTally>();
        foreach (var line in text.Split('\n'))
        {
            var parts = line.Split('\t');
            if (parts.Length != 4 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) || count <= 0)
            {
                return null;
            }

            tally.Add(new FindingTally(parts[1], parts[2], parts[3], count));
        }

        return tally;
    }

    /// <summary>The findings counted, in the order of their first appearance.</summary>
    public static IReadOnlyList<FindingTally> Of(IEnumerable<Documents.Finding> findings) =>
        [.. findings.GroupBy(f => (f.Rule, f.Class, Severity: f.Severity.ToString().ToLowerInvariant()))
            .Select(g => new FindingTally(g.Key.Rule, g.Key.Class, g.Key.Severity, g.Count()))];
}
