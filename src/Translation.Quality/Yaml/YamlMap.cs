using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Yaml;

/// <summary>
/// A YAML mapping read key by key. Every read is recorded, so that <see cref="RejectUnknownKeys"/>
/// can report a misspelt key with its line and column (Vale's ErrorUnused), instead of ignoring it.
/// Wrong types are reported, never thrown, so every error in a file surfaces in one run.
/// </summary>
public sealed class YamlMap
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlMap(string file, YamlMappingNode node, ConfigErrors errors)
    {
        File = file;
        Node = node;
        Errors = errors;
    }

    public string File { get; }

    public YamlMappingNode Node { get; }

    public ConfigErrors Errors { get; }

    public int Line => (int)Node.Start.Line;

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? Find(string key)
    {
        _known.Add(key);
        foreach (var (k, v) in Node.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Declares keys as valid without reading them (they are read elsewhere).</summary>
    public void Allow(params string[] keys)
    {
        foreach (var k in keys)
        {
            _known.Add(k);
        }
    }

    public string? String(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                Error(Node, $"missing required key '{key}'");
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(node, $"'{key}' must be a text value, not a {Describe(node)}");
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } v } && bool.TryParse(v, out var b))
        {
            return b;
        }

        Error(node, $"'{key}' must be true or false");
        return null;
    }

    public int? Int(string key, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
        {
            if (i < min || i > max)
            {
                Error(node, $"'{key}' must be between {min} and {max}, not {i}");
                return null;
            }

            return i;
        }

        Error(node, $"'{key}' must be a whole number");
        return null;
    }

    public double? Double(string key, double min = double.MinValue, double max = double.MaxValue)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } v } && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            if (d < min || d > max)
            {
                Error(node, $"'{key}' must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}");
                return null;
            }

            return d;
        }

        Error(node, $"'{key}' must be a number");
        return null;
    }

    public T? Enum<T>(string key, bool required = false)
        where T : struct, System.Enum
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (System.Enum.TryParse<T>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value) && !int.TryParse(text, out _))
        {
            return value;
        }

        Error(Find(key)!, $"'{key}' must be one of: {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}; got '{text}'");
        return null;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                Error(Node, $"missing required key '{key}'");
            }

            return null;
        }

        if (node is YamlMappingNode map)
        {
            return new YamlMap(File, map, Errors);
        }

        Error(node, $"'{key}' must be a mapping (key: value), not a {Describe(node)}");
        return null;
    }

    public YamlSequenceNode? Sequence(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                Error(Node, $"missing required key '{key}'");
            }

            return null;
        }

        if (node is YamlSequenceNode seq)
        {
            return seq;
        }

        Error(node, $"'{key}' must be a list, not a {Describe(node)}");
        return null;
    }

    /// <summary>A list of strings; a single string is accepted as a one-item list.</summary>
    public IReadOnlyList<string>? StringList(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode { Value: { } single }:
                return [single];
            case YamlSequenceNode seq:
                var list = new List<string>(seq.Children.Count);
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode { Value: { } s })
                    {
                        list.Add(s);
                    }
                    else
                    {
                        Error(item, $"items of '{key}' must be text values");
                    }
                }

                return list;
            default:
                Error(node, $"'{key}' must be a list of text values");
                return null;
        }
    }

    /// <summary>Wraps a child mapping node (e.g. a list item) with the same file and error sink.</summary>
    public YamlMap? Wrap(YamlNode node, string what)
    {
        if (node is YamlMappingNode map)
        {
            return new YamlMap(File, map, Errors);
        }

        Error(node, $"{what} must be a mapping (key: value), not a {Describe(node)}");
        return null;
    }

    /// <summary>Reports every key that no reader asked for, naming the keys that are valid here.</summary>
    public void RejectUnknownKeys(string where)
    {
        foreach (var (k, _) in Node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "?";
            if (!_known.Contains(name))
            {
                Error(k, $"unknown key '{name}' in {where}; expected one of: {string.Join(", ", _known.Order(StringComparer.Ordinal))}");
            }
        }
    }

    public void Error(YamlNode node, string message) => Errors.Add(File, node, message);

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "text value",
    };
}
