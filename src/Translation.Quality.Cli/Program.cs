using Translation.Quality.Cli;

using var signals = new ShutdownSignals(Console.Error);
return await CliApp.RunAsync(args, cancellationToken: signals.Token).ConfigureAwait(false);
