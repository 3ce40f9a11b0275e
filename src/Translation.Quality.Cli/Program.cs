using Translation.Quality.Cli;
using Translation.Quality.Lexicon;

// The process's own settings: the lexicon cache lives in the user's cache directory (CacheLocation).
Lexicons.CacheDirectory = CacheLocation.Resolve(Environment.GetEnvironmentVariable);
using var signals = new ShutdownSignals(Console.Error);
return await CliApp.RunAsync(args, cancellationToken: signals.Token).ConfigureAwait(false);
