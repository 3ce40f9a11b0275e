using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Yaml;

/// <summary>Collects configuration errors across files; throws them all at once.</summary>
public sealed class ConfigErrors
{
    private readonly List<ConfigError> _errors = [];

    public int Count => _errors.Count;

    public IReadOnlyList<ConfigError> All => _errors;

    public void Add(string file, Mark mark, string message) =>
        _errors.Add(new ConfigError(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), message));

    public void Add(string file, YamlNode node, string message) => Add(file, node.Start, message);

    public void Add(ConfigError error) => _errors.Add(error);

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new ConfigurationException([.. _errors]);
        }
    }
}
