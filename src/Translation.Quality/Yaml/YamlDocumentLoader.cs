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
        if (!CheckStructure(displayName, content, errors))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
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

    /// <summary>A pass over the parser's events (which keep no tree) before anything is built from them.</summary>
    private static bool CheckStructure(string displayName, string content, ConfigErrors errors)
    {
        try
        {
            var parser = new Parser(new StringReader(content));
            var aliases = 0;
            var depth = 0;
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias when ++aliases > MaxAliases:
                        errors.Add(displayName, alias.Start, $"more than {MaxAliases} YAML aliases; refused (alias expansion could exhaust memory)");
                        return false;
                    case ParsingEvent open when open is MappingStart or SequenceStart && ++depth > MaxDepth:
                        errors.Add(displayName, open.Start, $"nested more than {MaxDepth} levels deep; refused");
                        return false;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // Syntax errors are reported with their location by the full load that follows.
        }

        return true;
    }

    private static string StripLocation(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; we print our own location.
        var idx = message.LastIndexOf("): ", StringComparison.Ordinal);
        return idx >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(idx + 3)..] : message;
    }
}
