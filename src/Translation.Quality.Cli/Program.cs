using Translation.Quality.Cli;

return await CliApp.RunAsync(args).ConfigureAwait(false);
