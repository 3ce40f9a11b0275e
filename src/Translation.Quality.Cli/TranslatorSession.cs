using Microsoft.Extensions.Logging;
using Translation.Quality.Config;
using Translation.Quality.Translator;

namespace Translation.Quality.Cli;

/// <summary>The Translator runtime of one run and the log it writes to, disposed together.</summary>
internal sealed class TranslatorSession(TranslatorRuntime runtime, ILoggerFactory loggers) : IDisposable
{
    public TranslatorRuntime Runtime => runtime;

    /// <summary>The Translator runtime, logging to translator.log in <paramref name="logDir"/> (trace ids for support; never the key).</summary>
    public static TranslatorSession Start(TranslatorOptions options, string logDir, ConsoleOutput console)
    {
        Directory.CreateDirectory(logDir);
        var log = new TextWriterLoggerProvider(new StreamWriter(Path.Combine(logDir, "translator.log"), append: false));
        var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(log));
        TranslatorRuntime runtime;
        try
        {
            runtime = TranslatorRuntime.Create(options, loggers: loggers);
        }
        catch (ArgumentException ex)
        {
            loggers.Dispose();
            throw new UsageException(ex.Message);
        }

        foreach (var warning in runtime.Warnings)
        {
            console.Error.WriteLine($"tqa: warning: {warning}");
        }

        return new TranslatorSession(runtime, loggers);
    }

    public void Dispose()
    {
        runtime.Dispose();
        loggers.Dispose();
    }
}
