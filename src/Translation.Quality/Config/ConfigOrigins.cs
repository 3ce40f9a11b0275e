using System.Globalization;
using Translation.Quality.Yaml;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Config;

/// <summary>Where each key of a config file was written, by dotted path (<c>feeds[0].path</c>): what <c>tqa config show</c> cites.</summary>
public static class ConfigOrigins
{
    public static IReadOnlyDictionary<string, string> Collect(YamlMap root)
    {
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        // Depth is bounded: YamlDocumentLoader refuses files nested past 64 levels.
        Walk(root.File, root.Node, string.Empty, origins);
        return origins;
    }

    private static void Walk(string file, YamlNode node, string prefix, Dictionary<string, string> origins)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } name })
                    {
                        var path = prefix.Length == 0 ? name : prefix + "." + name;
                        origins[path] = At(file, value);
                        Walk(file, value, path, origins);
                    }
                }

                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    var path = string.Create(CultureInfo.InvariantCulture, $"{prefix}[{i}]");
                    origins[path] = At(file, list.Children[i]);
                    Walk(file, list.Children[i], path, origins);
                }

                break;
        }
    }

    private static string At(string file, YamlNode node) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}:{node.Start.Line}:{node.Start.Column}");
}
