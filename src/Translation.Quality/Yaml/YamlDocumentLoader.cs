using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Yaml;

/// <summary>Reads one YAML file into a node tree, turning syntax errors into located config errors.</summary>
public static class YamlDocumentLoader
{
    /// <summary>Aliases are refused past this many: an alias bomb must not hang the loader.</summary>
    private const int MaxAliases = 64;

    /// <summary>
    /// Nesting is refused past this depth: building the node tree recurses once a level, and
    /// "[[[[…" a hundred thousand deep would overflow the stack, a crash no catch can stop.
    /// </summary>
    private const int MaxDepth = 64;

    public static YamlMap? Load(string displayName, string content, ConfigErrors errors)
    {
        // One pass: the checks run on the parser's events as the tree is built from them, so a bomb is
        // refused before the tree goes deeper or further than the limits (one parse, not a check and a load).
        var stream = new YamlStream();
        try
        {
            stream.Load(new CheckedParser(new Parser(new StringReader(content))));
        }
        catch (RefusedStructure refused)
        {
            errors.Add(displayName, refused.Where, refused.Message);
            return null;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            errors.Add(displayName, ex.Start, $"YAML syntax: {StripLocation(message)}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            errors.Add(new ConfigError(displayName, 1, 1, "the file is empty; expected a mapping"));
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(displayName, stream.Documents[0].RootNode, "expected a mapping (key: value) at the top of the file");
            return null;
        }

        return new YamlMap(displayName, root, errors);
    }

    /// <summary>The parser's events, refused past <see cref="MaxAliases"/> aliases or <see cref="MaxDepth"/> levels of nesting.</summary>
    private sealed class CheckedParser(IParser inner) : IParser
    {
        private int _aliases;
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            switch (inner.Current)
            {
                case AnchorAlias alias when ++_aliases > MaxAliases:
                    throw new RefusedStructure(alias.Start, $"more than {MaxAliases} YAML aliases; refused (alias expansion could exhaust memory)");
                case ParsingEvent open when open is MappingStart or SequenceStart && ++_depth > MaxDepth:
                    throw new RefusedStructure(open.Start, $"nested more than {MaxDepth} levels deep; refused");
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
            }

            return true;
        }
    }

    /// <summary>A file the checks refuse, and where.</summary>
    private sealed class RefusedStructure(Mark where, string message) : Exception(message)
    {
        public Mark Where { get; } = where;
    }

    private static string StripLocation(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; we print our own location.
        var idx = message.LastIndexOf("): ", StringComparison.Ordinal);
        return idx >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(idx + 3)..] : message;
    }
}
