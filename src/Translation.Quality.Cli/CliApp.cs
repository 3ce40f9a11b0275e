using System.CommandLine;
using Translation.Quality.Cli.Commands;
using Translation.Quality.Yaml;

namespace Translation.Quality.Cli;

/// <summary>Builds the command tree and maps failures to exit codes. The only composition root.</summary>
public static class CliApp
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("tqa: checks machine-translated wire copy for the garbles its source language leaves in English.");
        root.Subcommands.Add(CheckCommand.Build());
        root.Subcommands.Add(RulesCommand.Build());
        root.Subcommands.Add(TranslatorCommand.Build());
        root.Subcommands.Add(EvalCommand.Build());
        root.Subcommands.Add(TaggerCommand.Build());
        root.Subcommands.Add(LexiconCommand.Build());
        root.Subcommands.Add(WordOrderCommand.Build());
        root.Subcommands.Add(SegmentCommand.Build());
        root.Subcommands.Add(NightlyCommand.Build());
        root.Subcommands.Add(ReviewCommand.Build());
        root.Subcommands.Add(HistoryCommand.Build());
        root.Subcommands.Add(MergeCommand.Build());
        root.Subcommands.Add(ConfigCommand.Build());
        AnimacyLexiconCommand.AddTo(root);
        WordClassLexiconCommand.AddTo(root);
        return root;
    }

    /// <param name="cancellationToken">Cancelled on Ctrl+C or SIGTERM (see <see cref="ShutdownSignals"/>).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot();
        var parse = root.Parse(args);
        var err = stderr ?? Console.Error;
        if (UnknownOptions.Find(parse) is { Count: > 0 } unknown)
        {
            foreach (var message in unknown)
            {
                await err.WriteLineAsync($"tqa: {message}").ConfigureAwait(false);
            }

            await err.WriteLineAsync($"Run 'tqa {UnknownOptions.CommandPath(parse)} --help' for its options.").ConfigureAwait(false);
            return ExitCodes.UsageOrConfig;
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await err.WriteLineAsync($"tqa: {error.Message}").ConfigureAwait(false);
            }

            await err.WriteLineAsync("Run 'tqa --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageOrConfig;
        }

        // ProcessTerminationTimeout off: tqa's own handler decides what Ctrl+C and SIGTERM do (see ShutdownSignals).
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        if (stdout is not null)
        {
            config.Output = stdout;
        }

        config.Error = err;
        try
        {
            return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (ConfigurationException ex)
        {
            await err.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return ExitCodes.UsageOrConfig;
        }
        catch (Exception ex) when (ex is UsageException or Quality.Composition.PipelineBuildException)
        {
            await err.WriteLineAsync($"tqa: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrConfig;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A report folder that cannot be written, a full disk: say so plainly, no stack trace.
            await err.WriteLineAsync($"tqa: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.ArticleErrors;
        }
        catch (Quality.History.HistoryException ex)
        {
            await err.WriteLineAsync($"tqa: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrConfig;
        }
    }
}

/// <summary>A mistake on the command line found after parsing (a missing file, a bad format name).</summary>
public sealed class UsageException(string message) : Exception(message);
