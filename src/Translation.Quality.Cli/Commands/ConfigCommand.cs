using System.CommandLine;
using Translation.Quality.Config;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa config show</c>: the effective configuration, each value with where it came from.</summary>
public static class ConfigCommand
{
    public static Command Build()
    {
        var config = CommonOptions.Config();
        var show = new Command("show", "Print the effective configuration (built-in defaults overlaid by --config key by key), the effective paths, and where each value came from.") { config };
        show.SetAction(parse =>
        {
            var loaded = new ConfigLoader().Load(parse.GetValue(config));
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"# pipeline: {(parse.GetValue(config) is { } file ? Path.GetFullPath(file) : BuiltinPipeline.Name)}");
            output.WriteLine($"# working folder: {Directory.GetCurrentDirectory()}");
            output.WriteLine("key\tvalue\tfrom");
            foreach (var row in EffectiveConfig.Describe(loaded))
            {
                output.WriteLine($"{row.Key}\t{row.Value}\t{row.Origin}");
            }

            return ExitCodes.Ok;
        });
        return new Command("config", "Show the configuration a run would use.") { show };
    }
}
