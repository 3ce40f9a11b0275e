using System.Text.RegularExpressions;
using Translation.Quality.Documents;
using Translation.Quality.Yaml;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Rules;

/// <summary>Reads rule pack YAML into rules, validating everything and collecting every error.</summary>
public sealed partial class RulePackLoader
{
    private readonly RuleKindRegistry _registry;

    public RulePackLoader(RuleKindRegistry registry)
    {
        _registry = registry;
    }

    public RulePack? Load(string displayName, string content, ConfigErrors errors, ISet<string>? seenIds = null) =>
        Load(displayName, YamlDocumentLoader.Load(displayName, content, errors), errors, seenIds);

    /// <summary>Builds a pack from YAML parsed before (<see cref="YamlDocumentLoader.Load"/>; null when that failed).</summary>
    internal RulePack? Load(string displayName, YamlMap? root, ConfigErrors errors, ISet<string>? seenIds = null)
    {
        if (root is null)
        {
            return null;
        }

        var name = root.String("pack", required: true) ?? Path.GetFileNameWithoutExtension(displayName);
        var source = root.String("source");
        var target = root.String("target", required: true) ?? "en";
        root.String("description");
        var rulesNode = root.Sequence("rules", required: true);
        root.RejectUnknownKeys("a rule pack");

        var rules = new List<IRule>();
        var disabled = new List<IRule>();
        var context = new RuleBuildContext(source, target, displayName);
        seenIds ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in rulesNode?.Children ?? [])
        {
            var map = root.Wrap(item, "a rule");
            if (map is null)
            {
                continue;
            }

            var (rule, enabled) = LoadRule(map, context, seenIds);
            if (rule is not null)
            {
                (enabled ? rules : disabled).Add(rule);
            }
        }

        return new RulePack(name, displayName, source, target, rules) { Disabled = disabled };
    }

    private (IRule? Rule, bool Enabled) LoadRule(YamlMap map, RuleBuildContext context, ISet<string> seenIds)
    {
        var id = map.String("id", required: true);
        var kindName = map.String("kind", required: true);
        var cls = map.String("class", required: true);
        var category = map.String("category", required: true);
        var severity = map.Enum<Severity>("severity", required: true);
        var message = map.String("message", required: true);
        var suggestion = map.String("suggestion");
        var description = map.String("description");
        var enabled = map.Bool("enabled") ?? true;
        var examples = ReadExamples(map);

        if (id is not null && !RuleId().IsMatch(id))
        {
            map.Error(map.Find("id")!, $"rule id '{id}' must be UPPER_SNAKE_CASE (A-Z, 0-9, _)");
        }
        else if (id is not null && !seenIds.Add(id))
        {
            map.Error(map.Find("id")!, $"rule id '{id}' is already used by another rule");
        }

        IRuleKind? kind = null;
        if (kindName is not null && !_registry.TryGet(kindName, out kind))
        {
            map.Error(map.Find("kind")!, $"unknown rule kind '{kindName}'; expected one of: {string.Join(", ", _registry.Names)}");
        }

        if (kind is null)
        {
            // Without a kind its parameter names are unknown: don't guess which keys are wrong.
            return (null, enabled);
        }

        var complete = id is not null && cls is not null && category is not null && severity is not null && message is not null;
        var info = new RuleInfo
        {
            Id = id ?? "?",
            Kind = kind.Name,
            Class = cls ?? "?",
            Category = category ?? "?",
            Severity = severity ?? Severity.Minor,
            Message = message ?? "?",
            Suggestion = suggestion,
            Description = description,
            File = map.File,
            Line = map.Line,
            Examples = examples,
        };

        // The kind reads its own parameters from the same mapping; whatever nobody read is unknown.
        // Parameters are validated even when a common field is wrong, so every error shows in one run.
        var rule = kind.Create(info, map, context);
        map.RejectUnknownKeys($"rule {id} (kind {kind.Name})");
        return (complete ? rule : null, enabled);
    }

    private static RuleExamples ReadExamples(YamlMap map)
    {
        var node = map.Map("examples");
        if (node is null)
        {
            return RuleExamples.None;
        }

        var flag = new List<FlagExample>();
        foreach (var item in node.Sequence("flag")?.Children ?? [])
        {
            switch (item)
            {
                case YamlScalarNode { Value: { } text }:
                    AddFlag(node, item, text, null, null, flag);
                    break;
                case YamlMappingNode:
                    var m = node.Wrap(item, "an example")!;
                    var t = m.String("text", required: true);
                    var fix = m.String("fix");
                    var source = m.String("source");
                    var fresh = Fresh(m, source);
                    m.RejectUnknownKeys("an example");
                    if (t is not null)
                    {
                        AddFlag(node, item, t, fix, source, flag, fresh);
                    }

                    break;
                default:
                    node.Error(item, "a 'flag' example must be text, or a mapping with 'text' and 'fix' (and 'source' for a bilingual rule)");
                    break;
            }
        }

        var pass = new List<PassExample>();
        foreach (var item in node.Sequence("pass")?.Children ?? [])
        {
            if (item is YamlScalarNode { Value: { } text })
            {
                pass.Add(new PassExample(text, (int)item.Start.Line));
            }
            else if (item is YamlMappingNode)
            {
                var m = node.Wrap(item, "an example")!;
                var t = m.String("text", required: true);
                var source = m.String("source");
                var fresh = Fresh(m, source);
                m.RejectUnknownKeys("a 'pass' example");
                if (t is not null)
                {
                    pass.Add(new PassExample(t, (int)item.Start.Line, source) { Fresh = fresh });
                }
            }
            else
            {
                node.Error(item, "a 'pass' example must be text, or a mapping with 'text' and 'source' for a bilingual rule");
            }
        }

        node.RejectUnknownKeys("examples");
        return new RuleExamples(flag, pass);
    }

    /// <summary>An example's fresh translation (for the fresh-translation kinds): it translates the example's source, so it needs one.</summary>
    private static string? Fresh(YamlMap example, string? source)
    {
        var fresh = example.String("fresh");
        if (fresh is not null && source is null)
        {
            example.Error(example.Find("fresh")!, "an example's 'fresh' translation translates its 'source': give the 'source' too");
        }

        return fresh;
    }

    private static void AddFlag(YamlMap node, YamlNode item, string text, string? fix, string? source, List<FlagExample> flag, string? fresh = null)
    {
        var example = new FlagExample(text, fix, (int)item.Start.Line, source) { Fresh = fresh };
        if (example.Parse() is null)
        {
            node.Error(item, "a 'flag' example must mark the flagged span with [[ and ]]");
            return;
        }

        flag.Add(example);
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex RuleId();
}
