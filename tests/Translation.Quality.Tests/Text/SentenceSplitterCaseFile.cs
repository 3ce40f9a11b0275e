namespace Translation.Quality.Tests.Text;

/// <summary>Reads SentenceSplitterCases.txt: "> input" then "= sentence" lines, cases separated by blank lines.</summary>
internal static class SentenceSplitterCaseFile
{
    public const string FileName = "SentenceSplitterCases.txt";

    public static IReadOnlyList<(int Line, string Input, string[] Expected)> Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Text", FileName);
        var cases = new List<(int, string, string[])>();
        string? input = null;
        var inputLine = 0;
        var expected = new List<string>();
        var lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            if (raw.StartsWith('#'))
            {
                continue;
            }

            if (raw.Length == 0)
            {
                Flush();
                continue;
            }

            if (raw.StartsWith("> ", StringComparison.Ordinal))
            {
                Flush();
                input = Unescape(raw[2..]);
                inputLine = lineNo;
            }
            else if (raw.StartsWith("= ", StringComparison.Ordinal))
            {
                expected.Add(Unescape(raw[2..]));
            }
            else
            {
                throw new InvalidDataException($"{FileName}:{lineNo}: a line must start with '> ', '= ' or '#'");
            }
        }

        Flush();
        return cases;

        void Flush()
        {
            if (input is not null)
            {
                if (expected.Count == 0)
                {
                    throw new InvalidDataException($"{FileName}:{inputLine}: a case needs at least one '= ' line");
                }

                cases.Add((inputLine, input, [.. expected]));
            }

            input = null;
            expected.Clear();
        }
    }

    private static string Unescape(string s) => s.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\r", "\r", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal);
}
