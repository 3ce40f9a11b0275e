using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Translation.Quality.Cli;

internal sealed class TextWriterLogger(TextWriterLoggerProvider provider, string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => provider.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"{TimeProvider.System.GetUtcNow():yyyy-MM-ddTHH:mm:ss.fffZ} {logLevel,-11} {category}: {formatter(state, exception)}");
        provider.Write(exception is null ? line : line + " | " + exception.GetType().Name + ": " + exception.Message);
    }
}
