using Translation.Quality.Cli;

namespace Translation.Quality.Tests.Cli;

/// <summary>Runs the real command tree in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
