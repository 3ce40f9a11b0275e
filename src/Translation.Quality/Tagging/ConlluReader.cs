using Translation.Quality.Text;

namespace Translation.Quality.Tagging;

/// <summary>
/// Streams sentences (FORM and UPOS) from a CoNLL-U file. Comments, multiword-token ranges
/// ("1-2") and empty nodes ("1.1") are skipped: the tagger sees syntactic words only, which is
/// how our tokenizer splits "don't" and "Russia's".
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<TaggedSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    /// <param name="reader">The CoNLL-U text.</param>
    /// <param name="source">Name used in error messages (usually the file path).</param>
    public static IEnumerable<TaggedSentence> Read(TextReader reader, string source)
    {
        var forms = new List<string>();
        var tags = new List<PosTag>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || IsBlank(line))
            {
                if (forms.Count > 0)
                {
                    yield return new TaggedSentence([.. forms], [.. tags]);
                    forms.Clear();
                    tags.Clear();
                }

                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var (form, tag, skip) = ParseLine(line, source, lineNumber);
            if (!skip)
            {
                forms.Add(form!);
                tags.Add(tag);
            }
        }

        if (forms.Count > 0)
        {
            yield return new TaggedSentence([.. forms], [.. tags]);
        }
    }

    private static (string? Form, PosTag Tag, bool Skip) ParseLine(string line, string source, int lineNumber)
    {
        var span = line.AsSpan();
        Span<Range> fields = stackalloc Range[11];
        var count = span.Split(fields, '\t');
        if (count < 10)
        {
            throw new ConlluFormatException(source, lineNumber, $"expected 10 tab-separated fields, found {count}");
        }

        var id = span[fields[0]];
        if (id.IsEmpty)
        {
            throw new ConlluFormatException(source, lineNumber, "empty ID field");
        }

        if (id.Contains('-') || id.Contains('.'))
        {
            // Multiword-token range or empty node: validate the shape, then skip.
            if (!IsRangeOrDecimal(id))
            {
                throw new ConlluFormatException(source, lineNumber, $"malformed ID '{id}'");
            }

            return (null, default, true);
        }

        if (!IsDigits(id))
        {
            throw new ConlluFormatException(source, lineNumber, $"malformed ID '{id}'");
        }

        var form = span[fields[1]];
        if (form.IsEmpty)
        {
            throw new ConlluFormatException(source, lineNumber, "empty FORM field");
        }

        var upos = span[fields[3]];
        if (!PosTagNames.TryParse(upos, out var tag))
        {
            throw new ConlluFormatException(source, lineNumber, $"unknown UPOS '{upos}'");
        }

        return (form.ToString(), tag, false);
    }

    private static bool IsBlank(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }

    private static bool IsRangeOrDecimal(ReadOnlySpan<char> id)
    {
        var sep = id.IndexOfAny('-', '.');
        return sep > 0 && IsDigits(id[..sep]) && IsDigits(id[(sep + 1)..]);
    }
}
