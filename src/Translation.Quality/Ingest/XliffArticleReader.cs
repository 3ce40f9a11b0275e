using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Translation.Quality.Documents;

namespace Translation.Quality.Ingest;

/// <summary>
/// XLIFF 1.2 and 2.0: one article per &lt;file&gt;, units' targets joined by blank lines, each
/// source kept beside its target range. DTDs and external entities are refused outright.
/// </summary>
public static class XliffArticleReader
{
    private const string UnitSeparator = "\n\n";

    public static async IAsyncEnumerable<IngestItem> ReadAsync(string file, LanguageDefaults languages, Func<long> nextSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = 256L * 1024 * 1024,
        };

        // Before a tree is built: 180,000 nested inline tags overflowed the stack building and reading it.
        if (TooDeep(file, settings) is { } deep)
        {
            yield return new IngestFailure(nextSequence(), file, file, deep);
            yield break;
        }

        using var reader = XmlReader.Create(file, settings);
        var enumerator = ReadFiles(reader, file, languages, nextSequence).GetEnumerator();
        while (true)
        {
            IngestItem? item;
            var failed = false;
            try
            {
                if (!enumerator.MoveNext())
                {
                    break;
                }

                item = enumerator.Current;
            }
            catch (XmlException ex)
            {
                item = new IngestFailure(nextSequence(), file, file, $"not valid XLIFF at line {ex.LineNumber}, column {ex.LinePosition}: {ex.Message}");
                failed = true;
            }

            if (failed)
            {
                yield return item;
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    /// <summary>Deeper than any real XLIFF: units in files in the root, inline tags a dozen levels deep at most.</summary>
    public const int MaxDepth = 100;

    /// <summary>Where the file nests elements past <see cref="MaxDepth"/>, read as a stream (no tree, no recursion); null when it does not or is not well-formed (the main pass says why).</summary>
    private static string? TooDeep(string file, XmlReaderSettings settings)
    {
        try
        {
            using var reader = XmlReader.Create(file, settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth > MaxDepth)
                {
                    var at = (IXmlLineInfo)reader;
                    return $"not read: elements nested more than {MaxDepth} deep at line {at.LineNumber}, column {at.LinePosition} (<{reader.LocalName}>); XLIFF inline tags never nest that deep";
                }
            }
        }
        catch (XmlException)
        {
            // Reported with its position by the reading pass.
        }

        return null;
    }

    private static IEnumerable<IngestItem> ReadFiles(XmlReader reader, string path, LanguageDefaults languages, Func<long> nextSequence)
    {
        string? version = null;
        string? docSource = null;
        string? docTarget = null;
        var fileIndex = 0;
        var afterFile = false;

        // ReadFrom leaves the reader on the node after </file>: reading on from there would step over
        // a <file> that follows with nothing between, and lose that article without a word.
        while (afterFile ? !reader.EOF : reader.Read())
        {
            afterFile = false;
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "xliff")
            {
                version = reader.GetAttribute("version");
                docSource = reader.GetAttribute("srcLang");
                docTarget = reader.GetAttribute("trgLang");
                continue;
            }

            if (reader.LocalName != "file")
            {
                continue;
            }

            fileIndex++;
            var fileElement = (XElement)XNode.ReadFrom(reader);
            afterFile = true;
            yield return version?.StartsWith('2') == true
                ? ReadFile20(fileElement, path, fileIndex, docSource, docTarget, languages, nextSequence())
                : ReadFile12(fileElement, path, fileIndex, languages, nextSequence());
        }

        if (version is null)
        {
            yield return new IngestFailure(nextSequence(), path, path, "no <xliff> root element: not an XLIFF file");
        }
        else if (fileIndex == 0)
        {
            // Reporting nothing for it would lose the file without a word.
            yield return new IngestFailure(nextSequence(), path, path, "the XLIFF file holds no <file> element: no articles");
        }
    }

    private static IngestItem ReadFile12(XElement file, string path, int index, LanguageDefaults languages, long sequence)
    {
        var id = (string?)file.Attribute("original") ?? $"{System.IO.Path.GetFileNameWithoutExtension(path)}#{index}";
        var units = file.Descendants().Where(e => e.Name.LocalName == "trans-unit")
            .Select(u => ((string?)u.Attribute("id") ?? "?", Text(u, "source"), Text(u, "target")));
        return Build(path, id, (string?)file.Attribute("source-language"), (string?)file.Attribute("target-language"), units, languages, sequence);
    }

    private static IngestItem ReadFile20(XElement file, string path, int index, string? source, string? target, LanguageDefaults languages, long sequence)
    {
        // XLIFF 2.0 ids are NMTOKENs (no '/'), so feeds keep the article id in 'original' when they can.
        var id = (string?)file.Attribute("original") ?? (string?)file.Attribute("id") ?? $"{System.IO.Path.GetFileNameWithoutExtension(path)}#{index}";
        var units = file.Descendants().Where(e => e.Name.LocalName == "unit")
            .Select(u =>
            {
                var segments = u.Elements().Where(e => e.Name.LocalName == "segment").ToList();
                return ((string?)u.Attribute("id") ?? "?",
                    string.Join(' ', segments.Select(s => Text(s, "source"))),
                    string.Join(' ', segments.Select(s => Text(s, "target"))));
            });
        return Build(path, id, source, target, units, languages, sequence);
    }

    private static IngestItem Build(string path, string id, string? source, string? target, IEnumerable<(string Id, string Source, string Target)> units, LanguageDefaults languages, long sequence)
    {
        var where = $"{path}#{id}";
        var (defSource, defTarget) = languages.Resolve(path);
        source = Primary(source) ?? defSource;
        target = Primary(target) ?? defTarget;
        if (source is null || target is null)
        {
            return new IngestFailure(sequence, id, where, "no language pair: the XLIFF file names none; give --source-lang and --target-lang");
        }

        foreach (var (attribute, code) in new[] { ("source", source), ("target", target) })
        {
            if (LanguageCode.Normalize(code, out var codeProblem) is null)
            {
                return new IngestFailure(sequence, id, where, $"{attribute} language: {codeProblem}");
            }
        }

        var text = new StringBuilder();
        var sourceText = new StringBuilder();
        var alignment = new List<AlignedSegment>();
        foreach (var (unitId, src, tgt) in units)
        {
            if (text.Length > 0)
            {
                text.Append(UnitSeparator);
                sourceText.Append(UnitSeparator);
            }

            var start = text.Length;
            text.Append(tgt);
            sourceText.Append(src);
            alignment.Add(new AlignedSegment(unitId, start, text.Length, src));
        }

        var joined = text.ToString();
        if (ArticleLimits.Problem(joined) is { } problem)
        {
            return new IngestFailure(sequence, id, where, problem);
        }

        return new ArticleItem(new Article
        {
            Id = id,
            Path = where,
            SourceLanguage = source,
            TargetLanguage = target,
            Text = joined,
            SourceText = sourceText.ToString(),
            Alignment = alignment,
            Sequence = sequence,
        });
    }

    /// <summary>"fr-FR" → "fr": rule packs are chosen by primary language.</summary>
    private static string? Primary(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? null : tag.Split('-', '_')[0].ToLowerInvariant();

    private static string Text(XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;
}
