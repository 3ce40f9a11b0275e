using Microsoft.Extensions.Logging;
using Translation.Quality.Translator;

namespace Translation.Quality.Cli;

/// <summary>The Translator runtime of one check run and the log it writes to, disposed together.</summary>
internal sealed class TranslatorSession(TranslatorRuntime runtime, ILoggerFactory loggers) : IDisposable
{
    public TranslatorRuntime Runtime => runtime;

    public void Dispose()
    {
        runtime.Dispose();
        loggers.Dispose();
    }
}
