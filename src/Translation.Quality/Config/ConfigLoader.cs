using Translation.Quality.Rules;
using Translation.Quality.Yaml;

namespace Translation.Quality.Config;

/// <summary>Loads pipeline.yaml and the rule packs it names, reporting every error at once.</summary>
public sealed class ConfigLoader
{
    private readonly RuleKindRegistry _registry;

    public ConfigLoader(RuleKindRegistry? registry = null)
    {
        _registry = registry ?? RuleKindRegistry.Default;
    }

    /// <param name="pipelinePath">A pipeline.yaml, or null for the built-in default.</param>
    /// <exception cref="ConfigurationException">Any error in any file.</exception>
    public LoadedConfiguration Load(string? pipelinePath, IEnumerable<string>? extraRulePaths = null)
    {
        var errors = new ConfigErrors();
        PipelineOptions options;
        var builtin = BuiltinPipeline.Options;
        if (pipelinePath is null)
        {
            options = builtin;
        }
        else
        {
            if (!File.Exists(pipelinePath))
            {
                throw new ConfigurationException([new ConfigError(pipelinePath, 1, 1, "file not found")]);
            }

            var content = ConfigFileReader.Read(pipelinePath, pipelinePath, errors);
            errors.ThrowIfAny();
            // The file overlays the built-in pipeline key by key; what it names, it names from its own folder.
            options = ConfigPathRule.Resolve(PipelineOptionsReader.Read(pipelinePath, content!, errors, builtin));
        }

        // The built-in pipeline's paths name the built-in packs themselves: nothing to read from disk.
        var filePaths = pipelinePath is null ? [] : options.Rules.Paths;
        var rulePaths = filePaths.Concat(extraRulePaths ?? []);
        var rules = LoadRules(options.Rules.Builtin, rulePaths, options.Rules.Disable, errors);
        errors.ThrowIfAny();
        return new LoadedConfiguration(options, rules);
    }

    /// <summary>Loads rule packs: built-in ones first, then files; a file pack replaces a built-in pack of the same name.</summary>
    public RuleSet LoadRules(bool builtin, IEnumerable<string> paths, IReadOnlyList<string> disable, ConfigErrors errors)
    {
        var sources = new List<(string Name, string Content, bool Builtin)>();
        if (builtin)
        {
            sources.AddRange(EmbeddedConfig.RulePacks().Select(p => (p.Name, p.Content, true)));
        }

        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(path, "*.yml", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
                {
                    AddFile(file);
                }
            }
            else if (File.Exists(path))
            {
                AddFile(path);
            }
            else
            {
                errors.Add(new ConfigError(path, 1, 1, "rule pack path not found"));
            }
        }

        void AddFile(string file)
        {
            var name = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
            if (ConfigFileReader.Read(file, name, errors) is { } content)
            {
                sources.Add((name, content, false));
            }
        }

        // The YAML of every pack is parsed side by side (parsing is most of loading the packs, and the
        // run's start-up waits on it); the packs are then built in order, so ids and errors come out as before.
        var parsed = sources.AsParallel().AsOrdered().Select(s =>
        {
            var own = new ConfigErrors();
            return (Root: YamlDocumentLoader.Load(s.Name, s.Content, own), Errors: own);
        }).ToList();

        // A source's pack is built on its own error list (the parsed YAML reports into the list it was
        // parsed with), which then joins the run's, in the order the packs are built as before.
        RulePack? Build(RulePackLoader loader, int index, ISet<string> ids)
        {
            var (root, own) = parsed[index];
            var pack = loader.Load(sources[index].Name, root, own, ids);
            foreach (var error in own.All)
            {
                errors.Add(error);
            }

            return pack;
        }

        // Parse files first so that they can replace built-in packs of the same name.
        var loader = new RulePackLoader(_registry);
        var fileNames = new HashSet<string>(StringComparer.Ordinal);
        var filePacks = new List<RulePack>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in Enumerable.Range(0, sources.Count).Where(i => !sources[i].Builtin))
        {
            var pack = Build(loader, index, ids);
            if (pack is not null)
            {
                filePacks.Add(pack);
                fileNames.Add(pack.Name);
            }
        }

        var packs = new List<RulePack>();
        foreach (var index in Enumerable.Range(0, sources.Count).Where(i => sources[i].Builtin))
        {
            var (name, content, _) = sources[index];
            // Only a file pack can replace a built-in one: without file packs, no probe (each parse of
            // the YAML is a large share of start-up).
            if (fileNames.Count > 0)
            {
                var probe = new ConfigErrors();
                var named = new RulePackLoader(_registry).Load(name, content, probe, new HashSet<string>(ids, StringComparer.Ordinal));
                if (named is not null && fileNames.Contains(named.Name))
                {
                    continue;
                }
            }

            var pack = Build(loader, index, ids);
            if (pack is not null)
            {
                packs.Add(pack);
            }
        }

        packs.AddRange(filePacks);
        if (disable.Count > 0)
        {
            var off = disable.ToHashSet(StringComparer.Ordinal);
            packs = [.. packs.Select(p => p with { Rules = [.. p.Rules.Where(r => !off.Contains(r.Info.Id))], Disabled = [.. p.Disabled, .. p.Rules.Where(r => off.Contains(r.Info.Id))] })];
        }

        return new RuleSet(packs);
    }
}

public sealed record LoadedConfiguration(PipelineOptions Options, RuleSet Rules);
